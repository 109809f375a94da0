using System.Security.Claims;
using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Reminders;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Approvals;

/// <summary>What waits in the approval queue.</summary>
public enum ApprovalKind
{
    /// <summary>A submitted Act waiting for a Supervisor's signature (R2 §17).</summary>
    ActSignature = 1,

    /// <summary>An incident's (or a works window's) proposed extension orders waiting for approval (R2 §10, §15, §16, §24).</summary>
    ExtensionOrders = 2,

    /// <summary>The written report to the Owner and the Working Group after a medium or high failure (R2 §15.9, §16.9).</summary>
    OwnerReport = 3,

    /// <summary>The answer to a Working Group complaint (R2 §31).</summary>
    ComplaintAnswer = 4,
}

/// <summary>One thing waiting for the user: what it is, its number (Act, incident, letter), where to act on it and its
/// clock. <see cref="DueAtUtc"/> is the limit the item counts to (null when it has none); <see cref="Count"/> is how
/// many orders an extension item stands for.</summary>
public sealed record ApprovalItem(ApprovalKind Kind, string Number, string? IncidentNumber, string Link, DateTime? DueAtUtc,
    DateTime? TargetAtUtc = null, DateTime? Warn50AtUtc = null, DateTime? Warn80AtUtc = null, CalendarName? CountsOn = null, int Count = 1)
{
    public bool IsBreached(DateTime nowUtc) => DueAtUtc is { } due && due < nowUtc;
}

/// <summary>Everything waiting for the signed-in user's roles, oldest breach first (the earliest limit first, so the
/// longest-breached lead), untimed items last. Who acts on each kind is read from where the rule lives: the Act's
/// signer role, the extension approval policy, and the duty catalogue's owner role.</summary>
public sealed class ApprovalQueue(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The duties of the catalogue this queue shows (the rest are on My work).</summary>
    private static readonly string[] QueuedDuties = [ObligationCatalogue.OwnerReportHigh.Code, ObligationCatalogue.ComplaintAnswer.Code];

    public static bool SignsActs(ClaimsPrincipal user) => ActLifecycle.MayTake(ActAction.Sign, user.StaffRoles());

    public static bool ApprovesExtensions(ClaimsPrincipal user) => Policies.Allows(Policies.ApproveExtensions, user);

    public async Task<IReadOnlyList<ApprovalItem>> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var items = new List<ApprovalItem>();
        if (SignsActs(user)) items.AddRange(await ActsAsync(db, ct));
        if (ApprovesExtensions(user)) items.AddRange(await ExtensionsAsync(db, ct));
        items.AddRange(await DutiesAsync(db, user, ct));
        return [.. items.OrderBy(i => i.DueAtUtc ?? DateTime.MaxValue).ThenBy(i => i.Kind).ThenBy(i => i.Number, StringComparer.Ordinal)];
    }

    /// <summary>The number of items and of those past their limit, for the menu badge and the home cards.</summary>
    public async Task<(int Waiting, int Breached)> CountAsync(ClaimsPrincipal user, DateTime nowUtc, CancellationToken ct = default)
    {
        var items = await ForAsync(user, ct);
        return (items.Count, items.Count(i => i.IsBreached(nowUtc)));
    }

    // The Act's clock is the incident's "act" duty (R2 §17, one working day), met when the Act is signed.
    private static async Task<IEnumerable<ApprovalItem>> ActsAsync(AppDbContext db, CancellationToken ct)
    {
        var acts = await db.Set<ActRecord>().AsNoTracking().Where(a => a.State == ActState.Submitted)
            .Join(db.Set<IncidentRecord>(), a => a.IncidentId, i => i.Id, (a, i) => new { a.Number, a.IncidentId, Incident = i.Number }).ToListAsync(ct);
        var incidentIds = acts.Select(a => a.IncidentId.ToString()).ToList();
        var duties = await OpenDutiesAsync(db, DutySubject.Incident, ObligationCatalogue.Act.Code, incidentIds, ct);
        return acts.Select(a => Timed(new ApprovalItem(ApprovalKind.ActSignature, a.Number, a.Incident, $"/acts/{Uri.EscapeDataString(a.Number)}", null),
            duties.GetValueOrDefault(a.IncidentId.ToString())));
    }

    // An order not approved before its old deadline passes lets that deadline pass unextended: the earliest one is the clock.
    private static async Task<IEnumerable<ApprovalItem>> ExtensionsAsync(AppDbContext db, CancellationToken ct)
    {
        var open = await db.Set<ExtensionOrderRecord>().AsNoTracking()
            .Where(o => o.State == ExtensionOrderState.Proposed && o.ApprovedAtUtc == null)
            .Select(o => new { o.SourceKind, o.SourceId, o.OldUtc }).ToListAsync(ct);
        return open
            .GroupBy(o => (Works: o.SourceKind == ExtensionSourceKind.PlannedWorks, o.SourceId))
            .Select(g => new ApprovalItem(ApprovalKind.ExtensionOrders, g.Key.SourceId, g.Key.Works ? null : g.Key.SourceId,
                g.Key.Works ? "/planned-works" : $"/incidents/{Uri.EscapeDataString(g.Key.SourceId)}#extensions", g.Min(o => o.OldUtc), Count: g.Count()));
    }

    private static async Task<IEnumerable<ApprovalItem>> DutiesAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var codes = QueuedDuties.Where(code => StaffDirectory.OwnerRoleOf(code) is { } role && user.IsInRole(role)).ToList();
        if (codes.Count == 0) return [];
        var open = await db.Obligations.AsNoTracking().Where(o => o.MetAtUtc == null && !o.Waived && codes.Contains(o.Code)).ToListAsync(ct);
        var subjects = await DutySubjects.LoadAsync(db, open, ct);
        return open.Select(o => (Duty: o, Subject: subjects[(o.SubjectType, o.SubjectId)]))
            .Where(x => x.Subject.Link is not null)
            .Select(x => x.Duty.Code == ObligationCatalogue.ComplaintAnswer.Code
                ? Timed(new ApprovalItem(ApprovalKind.ComplaintAnswer, x.Subject.Label, null, x.Subject.Link!, null), x.Duty)
                : Timed(new ApprovalItem(ApprovalKind.OwnerReport, x.Subject.Label, x.Subject.Label, x.Subject.Link + "#owner-report", null), x.Duty));
    }

    private static async Task<Dictionary<string, ObligationRecord>> OpenDutiesAsync(AppDbContext db, string subjectType, string code, List<string> ids,
        CancellationToken ct) =>
        (await db.Obligations.AsNoTracking()
            .Where(o => o.SubjectType == subjectType && o.Code == code && o.MetAtUtc == null && !o.Waived && ids.Contains(o.SubjectId)).ToListAsync(ct))
        .GroupBy(o => o.SubjectId).ToDictionary(g => g.Key, g => g.First());

    private static ApprovalItem Timed(ApprovalItem item, ObligationRecord? duty) => duty is null ? item : item with
    {
        DueAtUtc = duty.DueAtUtc,
        TargetAtUtc = duty.TargetAtUtc,
        Warn50AtUtc = duty.Warn50AtUtc,
        Warn80AtUtc = duty.Warn80AtUtc,
        CountsOn = duty.CountsOn,
    };
}
