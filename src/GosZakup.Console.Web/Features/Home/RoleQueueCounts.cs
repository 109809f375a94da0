using System.Security.Claims;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Web.Features.Approvals;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.MyWork;

namespace GosZakup.Console.Web.Features.Home;

/// <summary>How much waits in a role's own queue, for its card on the home page: the Operator's Inbox, the Specialist's
/// duties, the Supervisor's approval queue. Roles without a queue of their own have no count.</summary>
public sealed class RoleQueueCounts(InboxQuery inbox, MyWorkQuery myWork, ApprovalQueue approvals)
{
    public async Task<(int Waiting, int Breached)?> ForAsync(string role, ClaimsPrincipal user, DateTime nowUtc, CancellationToken ct = default)
    {
        switch (role)
        {
            case StaffRole.Operator:
                var appeals = await inbox.CountsAsync(nowUtc, ct);
                return (appeals.Waiting, appeals.Breached);
            case StaffRole.Specialist:
                var duties = await myWork.ForAsync(user, nowUtc, ct);
                return (duties.Count, duties.Count(d => d.Obligation.DueAtUtc < nowUtc));
            case StaffRole.Supervisor:
                return await approvals.CountAsync(user, nowUtc, ct);
            default:
                return null;
        }
    }
}
