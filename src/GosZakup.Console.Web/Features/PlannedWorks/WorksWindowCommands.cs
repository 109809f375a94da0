using System.Globalization;
using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.PlannedWorks;

/// <summary>Adds, changes and deletes the windows of a plan, and records when works actually ended. A window of an
/// approved plan changes only before it starts, and every change marks its extensions due and queues their
/// recomputation (R2 §24); every change also renews the plan's version, so nobody approves a plan they did not see.</summary>
public sealed class WorksWindowCommands(IDbContextFactory<AppDbContext> dbFactory, ExtensionTrigger trigger, TimeProvider clock)
{
    public async Task<CommandResult> SaveAsync(WorksWindowForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!WorksPlanCommands.CanEdit(user)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "PlannedWorks.Error.EditRole");
        if (WorksWindowValidator.Validate(form) is { Count: > 0 } errors) return CommandResult.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Set<WorksPlanRecord>().SingleOrDefaultAsync(p => p.Id == form.PlanId, ct);
        if (plan is null) return CommandResult.Refused(RefusalCode.NotFound, "PlannedWorks.Error.Conflict");
        var now = clock.GetUtcNow().UtcDateTime;
        var (start, end) = (AstanaTime.FromWallClock(form.Start!.Value), AstanaTime.FromWallClock(form.End!.Value));
        if (AstanaTime.FromUtc(start).Year != plan.Year) return CommandResult.Invalid(nameof(form.Start), "PlannedWorks.Error.StartYear", plan.Year);

        var approved = plan.ApprovedAtUtc is not null;
        WorksWindowRecord? window;
        if (form.Id is not { } id)
        {
            window = new WorksWindowRecord { PlanId = plan.Id, Code = await NextCodeAsync(db, plan.Year, ct) };
            db.Add(window);
        }
        else if ((window = await db.Set<WorksWindowRecord>().SingleOrDefaultAsync(w => w.Id == id && w.PlanId == plan.Id, ct)) is null
            || window.Version != form.Version)
            return Conflict();
        else if (approved && window.StartUtc <= now)
            return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "PlannedWorks.Error.Started");
        if (approved && start <= now) return CommandResult.Invalid(nameof(form.Start), "PlannedWorks.Error.StartPast");

        (window.StartUtc, window.EndUtc, window.Modules) = (start, end, form.ModulesText);
        (window.DescriptionKk, window.DescriptionRu) = (form.DescriptionKk.Trim(), form.DescriptionRu.Trim());
        if (approved) window.ExtensionsDueAtUtc = now;
        plan.Version = Guid.NewGuid();
        if (!await SaveAsync(db, ct)) return Conflict();
        if (approved) trigger.WorksChanged(window.Code);
        return CommandResult.Ok();
    }

    /// <summary>Deletes a window with its open orders. A window of an approved plan goes only before it starts and only while
    /// none of its orders has moved a deadline: a moved deadline is never moved back.</summary>
    public async Task<CommandResult> DeleteAsync(Guid windowId, Guid version, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!WorksPlanCommands.CanEdit(user)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "PlannedWorks.Error.EditRole");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var window = await db.Set<WorksWindowRecord>().SingleOrDefaultAsync(w => w.Id == windowId, ct);
        if (window is null || window.Version != version) return Conflict();
        var plan = await db.Set<WorksPlanRecord>().SingleAsync(p => p.Id == window.PlanId, ct);
        if (plan.ApprovedAtUtc is not null && window.StartUtc <= clock.GetUtcNow().UtcDateTime) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus,
            "PlannedWorks.Error.Started");
        var orders = await db.Set<ExtensionOrderRecord>()
            .Where(o => o.SourceKind == ExtensionSourceKind.PlannedWorks && o.SourceId == window.Code).ToListAsync(ct);
        if (orders.Any(o => o.State is ExtensionOrderState.Applied or ExtensionOrderState.Published))
            return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "PlannedWorks.Error.OrdersInForce");
        db.RemoveRange(orders);
        db.Remove(window);
        plan.Version = Guid.NewGuid();
        return await SaveAsync(db, ct) ? CommandResult.Ok() : Conflict();
    }

    /// <summary>The works are over: deadlines move by the time they actually took (R2 §24).</summary>
    public async Task<CommandResult> RecordActualEndAsync(Guid windowId, Guid version, DateTime? actualEndAstana, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        if (!WorksPlanCommands.CanEdit(user)) return CommandResult.Refused(RefusalCode.RoleNotAllowed, "PlannedWorks.Error.EditRole");
        if (actualEndAstana is null) return CommandResult.Invalid("ActualEnd", "PlannedWorks.Error.ActualEndRequired");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var window = await db.Set<WorksWindowRecord>().SingleOrDefaultAsync(w => w.Id == windowId, ct);
        if (window is null || window.Version != version) return Conflict();
        var plan = await db.Set<WorksPlanRecord>().SingleAsync(p => p.Id == window.PlanId, ct);
        if (plan.ApprovedAtUtc is null) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "PlannedWorks.Error.NotApproved");
        var now = clock.GetUtcNow().UtcDateTime;
        var actualEnd = AstanaTime.FromWallClock(actualEndAstana.Value);
        if (window.StartUtc > now) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "PlannedWorks.Error.NotStarted");
        if (actualEnd <= window.StartUtc) return CommandResult.Invalid("ActualEnd", "PlannedWorks.Error.ActualEndBeforeStart");
        if (actualEnd > now) return CommandResult.Invalid("ActualEnd", "PlannedWorks.Error.ActualEndFuture");
        (window.ActualEndUtc, window.ExtensionsDueAtUtc) = (actualEnd, now);
        plan.Version = Guid.NewGuid();
        if (!await SaveAsync(db, ct)) return Conflict();
        trigger.WorksChanged(window.Code);
        return CommandResult.Ok();
    }

    /// <summary>"2027-03": the next number of the plan's year. Two users adding at once collide on the unique code, and the
    /// second is told to reload.</summary>
    public static async Task<string> NextCodeAsync(AppDbContext db, int year, CancellationToken ct)
    {
        var prefix = year.ToString(CultureInfo.InvariantCulture) + "-";
        var codes = await db.Set<WorksWindowRecord>().Where(w => w.Code.StartsWith(prefix)).Select(w => w.Code).ToListAsync(ct);
        var last = codes.Select(c => int.TryParse(c.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return prefix + (last + 1).ToString("00", CultureInfo.InvariantCulture);
    }

    private static async Task<bool> SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrency token or the unique code: someone changed the plan meanwhile.
            return false;
        }
    }

    private static CommandResult Conflict() => CommandResult.Refused(RefusalCode.Stale, "PlannedWorks.Error.Conflict");
}
