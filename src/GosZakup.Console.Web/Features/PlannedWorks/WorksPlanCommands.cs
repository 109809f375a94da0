using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.PlannedWorks;

/// <summary>The plan as a whole (R2 §23): created by a Specialist or Supervisor, approved and published by a Supervisor.
/// Approval marks every window's extensions due and queues their computation (R2 §24).</summary>
public sealed class WorksPlanCommands(IDbContextFactory<AppDbContext> dbFactory, ExtensionTrigger trigger, AnnouncementNotifier announcements,
    TimeProvider clock)
{
    public const int FirstYear = 2024;
    public const int LastYear = 2100;

    /// <summary>R2 §23: "approved in the first ten days of January". Later is allowed, and the page says so.</summary>
    public static bool IsLate(int year, DateTime nowUtc)
    {
        var today = AstanaTime.FromUtc(nowUtc).Date;
        return today > new NodaTime.LocalDate(year, 1, 10);
    }

    public static bool CanEdit(ClaimsPrincipal user) => user.IsInRole(StaffRole.Specialist) || user.IsInRole(StaffRole.Supervisor);

    /// <summary>Creates the year's empty plan; a plan that already exists (another user was quicker) is fine.</summary>
    public async Task<CommandResult> CreateAsync(int year, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!CanEdit(user)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "PlannedWorks.Error.EditRole");
        if (year is < FirstYear or > LastYear) return CommandResult.Invalid("Year", "PlannedWorks.Error.Year", FirstYear, LastYear);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<WorksPlanRecord>().AnyAsync(p => p.Year == year, ct)) return CommandResult.Ok();
        db.Add(new WorksPlanRecord { Year = year });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index on Year: created meanwhile by someone else, which is what was asked.
        }
        return CommandResult.Ok();
    }

    /// <summary>Approves the plan as the Supervisor saw it (<paramref name="version"/>) and publishes it on the main page in
    /// the same transaction; then queues each window's extensions.</summary>
    public async Task<CommandResult> ApproveAsync(Guid planId, Guid version, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.IsInRole(StaffRole.Supervisor)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "PlannedWorks.Error.ApproveRole");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Set<WorksPlanRecord>().Include(p => p.Windows).SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return CommandResult.Refused(RefusalCode.NotFound, "PlannedWorks.Error.Conflict");
        if (plan.Version != version) return CommandResult.Refused(RefusalCode.Stale, "PlannedWorks.Error.Conflict");
        if (plan.ApprovedAtUtc is not null) return CommandResult.Refused(RefusalCode.AlreadyDone, "PlannedWorks.Error.AlreadyApproved");
        if (plan.Windows.Count == 0) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "PlannedWorks.Error.NoWindows");
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.Identity?.Name ?? "?";
        (plan.ApprovedAtUtc, plan.ApprovedByName, plan.Version) = (now, by, Guid.NewGuid());
        foreach (var window in plan.Windows)
            (window.ExtensionsDueAtUtc, window.Version) = (now, Guid.NewGuid());
        db.Add(WorksWording.PlanAnnouncement(plan, plan.Windows, by, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused(RefusalCode.Stale, "PlannedWorks.Error.Conflict");
        }
        announcements.Changed();
        foreach (var window in plan.Windows) trigger.WorksChanged(window.Code);
        return CommandResult.Ok();
    }
}
