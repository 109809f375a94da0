using System.Security.Claims;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>Development only: the demo incidents' extensions as the job would leave them (their events ran before the
/// Hangfire server started): the medium failure's approved, applied and published; the high failure's awaiting a
/// Supervisor's approval.</summary>
public sealed class DemoExtensions(IDbContextFactory<AppDbContext> dbFactory, ExtensionJob job, ExtensionApproval approval, ExtensionQuery query,
    ILogger<DemoExtensions> log)
{
    private static readonly ClaimsPrincipal Supervisor = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "demo-Supervisor"), new Claim(ClaimTypes.Name, "supervisor@demo.kz"),
            new Claim(ClaimTypes.Role, StaffRole.Supervisor)], "demo"));

    public async Task SeedAsync(CancellationToken ct)
    {
        await job.SweepAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<ExtensionOrderRecord>().AnyAsync(o => o.ApprovedAtUtc != null, ct)) return;
        var medium = await db.Set<IncidentRecord>().Where(i => i.Severity == Severity.Medium && i.Status == IncidentStatus.Confirmed)
            .Select(i => i.Number).FirstOrDefaultAsync(ct);
        if (medium is null) return;
        var sources = IncidentFailureFacts.Sources(medium);
        var proposals = await query.ForSourcesAsync(sources, 0, 1, ct);
        if (proposals.AwaitingApproval == 0) return;
        var approved = await approval.ApproveAsync(sources, proposals.Snapshot, Supervisor, ct);
        if (approved.Succeeded) await job.RunForIncidentAsync(medium, ct);
        log.LogInformation("Demo extensions of {Incident}: {Count} approved and applied", medium, proposals.AwaitingApproval);
    }
}
