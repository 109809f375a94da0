using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>A Supervisor's go-ahead for a source's proposed orders, and overrides of single orders (who and why recorded).</summary>
public sealed class ExtensionApproval(IDbContextFactory<AppDbContext> dbFactory, ExtensionTrigger trigger, IncidentNotifier notifier,
    TimeProvider clock)
{
    /// <summary>Approves every proposed order of the sources as the Supervisor saw them: when the orders were recomputed
    /// since (<paramref name="seen"/> differs), nothing is approved, so nobody approves dates they did not see.</summary>
    public async Task<CommandResult> ApproveAsync(IReadOnlyList<ExtensionSource> sources, ProposalSnapshot seen, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        if (!user.IsInRole(StaffRole.Supervisor)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Extensions.Error.Role");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var orders = await OpenAsync(db, sources, ct);
        if (orders.Count == 0) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "Extensions.Error.NothingToApprove");
        if (ProposalSnapshot.Of(orders) != seen) return CommandResult.Refused(RefusalCode.Stale, "Extensions.Error.Changed");
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var order in orders)
            (order.ApprovedAtUtc, order.ApprovedByName, order.Version) = (now, Name(user), Guid.NewGuid());
        var incident = await IncidentAsync(db, sources, ct);
        if (incident is not null)
            db.Add(Timeline.ExtensionsApproved(orders.Count).For(incident.Id, now, user));
        if (!await SaveAsync(db, ct)) return CommandResult.Refused(RefusalCode.Stale, "Extensions.Error.Changed");
        if (sources[0].Kind == ExtensionSourceKind.PlannedWorks) trigger.WorksChanged(sources[0].Id);
        else trigger.IncidentChanged(sources[0].Id);
        if (incident is not null) notifier.Changed(incident.Id);
        return CommandResult.Ok();
    }

    /// <summary>Replaces one proposed order's new deadline (Astana wall-clock time); it still only extends.</summary>
    public async Task<CommandResult> OverrideAsync(Guid orderId, Guid version, DateTime? newAstana, string? reason, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        if (!user.IsInRole(StaffRole.Supervisor)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "Extensions.Error.Role");
        if (newAstana is null) return CommandResult.Invalid("NewDeadline", "Extensions.Error.NewRequired");
        if (string.IsNullOrWhiteSpace(reason)) return CommandResult.Invalid("Reason", "Extensions.Error.ReasonRequired");
        if (reason.Length > 1000) return CommandResult.Invalid("Reason", "Appeal.TooLong", 1000);
        if (Localization.TextFieldRules.Fault(reason) is { } textProblem1) return CommandResult.Invalid("Reason", textProblem1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var order = await db.Set<ExtensionOrderRecord>().SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null || order.Version != version) return CommandResult.Refused(RefusalCode.Stale, "Extensions.Error.Changed");
        if (order.State != ExtensionOrderState.Proposed) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "Extensions.Error.NotProposed");
        var newUtc = AstanaTime.FromWallClock(newAstana.Value);
        if (newUtc <= order.OldUtc) return CommandResult.Invalid("NewDeadline", "Extensions.Error.NotLater");
        var overridden = order.ToDomain().Override(Instant.FromDateTimeUtc(newUtc), Name(user), reason.Trim());
        (order.NewUtc, order.OverrideKind, order.OverrideByName, order.OverrideReason) =
            (newUtc, overridden.Approval!.Kind, overridden.Approval.By, overridden.Approval.Reason);
        (order.ApprovedAtUtc, order.ApprovedByName, order.Version) = (null, null, Guid.NewGuid());
        var incident = await IncidentAsync(db, [order.Source], ct);
        if (incident is not null)
            db.Add(Timeline.ExtensionOverridden(order.ProcurementNumber, order.Kind, newUtc, reason.Trim())
                .For(incident.Id, clock.GetUtcNow().UtcDateTime, user));
        if (!await SaveAsync(db, ct)) return CommandResult.Refused(RefusalCode.Stale, "Extensions.Error.Changed");
        if (incident is not null) notifier.Changed(incident.Id);
        return CommandResult.Ok();
    }

    public static async Task<List<ExtensionOrderRecord>> OpenAsync(AppDbContext db, IReadOnlyList<ExtensionSource> sources, CancellationToken ct)
    {
        var kinds = sources.Select(s => s.Kind).ToList();
        var id = sources[0].Id;
        return await db.Set<ExtensionOrderRecord>()
            .Where(o => o.State == ExtensionOrderState.Proposed && o.ApprovedAtUtc == null && o.SourceId == id && kinds.Contains(o.SourceKind))
            .ToListAsync(ct);
    }

    private static Task<IncidentRecord?> IncidentAsync(AppDbContext db, IReadOnlyList<ExtensionSource> sources, CancellationToken ct) =>
        sources[0].Kind == ExtensionSourceKind.PlannedWorks ? Task.FromResult<IncidentRecord?>(null)
            : db.Set<IncidentRecord>().SingleOrDefaultAsync(i => i.Number == sources[0].Id, ct);

    private static async Task<bool> SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}

/// <summary>What a Supervisor saw of the proposals awaiting approval: how many, and when the latest was computed.</summary>
public sealed record ProposalSnapshot(int Count, DateTime? LatestComputedUtc)
{
    public static ProposalSnapshot Of(IReadOnlyCollection<ExtensionOrderRecord> open) =>
        new(open.Count, open.Count == 0 ? null : open.Max(o => o.ComputedAtUtc));
}
