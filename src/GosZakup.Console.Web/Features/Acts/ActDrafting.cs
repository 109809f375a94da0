using System.Security.Claims;
using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Extensions;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>R2 §17, form F2 up to the Supervisor: an Operator drafts an Act from a confirmed, classified incident (prefilled,
/// numbered in the year's series), completes and submits it; a Supervisor returns it with comments or (later) signs it.
/// Drafting starts the §17 duties: the Act within 1 working day and its publication within 2, counted from the level's
/// confirmation.</summary>
public sealed class ActDrafting(IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, ObligationSettings settings,
    ActValidator validator, IncidentNotifier notifier, TimeProvider clock)
{
    public async Task<CommandResult<string>> DraftFromIncidentAsync(Guid incidentId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!ActLifecycle.MayDraft(user.StaffRoles())) return CommandResult<string>.Refused(RefusalCode.RoleNotAllowed, "Acts.Error.DraftRole");
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var incident = await db.Set<IncidentRecord>().Include(i => i.Appeals).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == incidentId, ct);
            if (incident is null) return CommandResult<string>.Refused(RefusalCode.NotFound, "Incident.Error.NotFound");
            if (incident.Severity is not { } level || incident.SeveritySetAtUtc is not { } confirmedAt
                || incident.Status is not (IncidentStatus.Confirmed or IncidentStatus.Fixing or IncidentStatus.Fixed or IncidentStatus.Closed))
                return CommandResult<string>.Refused(RefusalCode.NotAllowedFromStatus, "Acts.Error.NotConfirmed");
            if (incident.CauseCode is null || FailureCauseCatalogue.Find(incident.CauseCode) is not { } cause)
                return CommandResult<string>.Refused(RefusalCode.NotAllowedFromStatus, "Acts.Error.NotClassified");

            var now = clock.GetUtcNow().UtcDateTime;
            await using var unit = await YearlyCounters.BeginAsync(db, ct);
            var (sequence, number) = await ActNumbering.NextAsync(db, AstanaTime.FromUtc(now).Year, ct);
            var facts = IncidentFailureFacts.From(incident, incident.Appeals);
            var procurements = facts.Affected.Order(StringComparer.Ordinal).ToList();
            var lots = await LotsAsync(db, procurements, ct);
            var named = incident.Appeals.SelectMany(a => AppealRules.Numbers(a.LotNumbers)).Distinct().ToList();
            var act = new ActRecord
            {
                Number = number, Year = AstanaTime.FromUtc(now).Year, Sequence = sequence, IncidentId = incident.Id,
                FailureFromUtc = facts.DetectedAt.ToDateTimeUtc(), FailureToUtc = incident.FixedAtUtc ?? incident.PlannedFixAtUtc ?? now,
                SystemModule = incident.SystemModule ?? "", ProcurementNumbers = string.Join(", ", procurements),
                LotNumbers = string.Join(", ", named.Count > 0 ? named : lots.SelectMany(l => l.Value)),
                IsOperatorRelated = cause.IsOperatorRelated, Severity = level, CauseKk = cause.Title.Kk, CauseRu = cause.Title.Ru,
                CreatedAtUtc = now, CreatedByName = Name(user),
            };
            act.Suppliers.AddRange(await db.Set<PotentialSupplierRecord>().AsNoTracking()
                .Where(s => db.Set<ProcurementRecord>().Any(p => p.Id == s.ProcurementId && procurements.Contains(p.AnnouncementNumber)))
                .Join(db.Set<ProcurementRecord>(), s => s.ProcurementId, p => p.Id, (s, p) => new ActSupplierRecord
                {
                    ActId = act.Id, Name = s.Name, TaxpayerNumber = s.TaxpayerNumber, ProcurementNumber = p.AnnouncementNumber,
                    SecurityAmount = s.SecurityAmount,
                })
                .OrderBy(s => s.ProcurementNumber).ThenBy(s => s.Name).ToListAsync(ct));
            foreach (var supplier in act.Suppliers.Where(s => lots.GetValueOrDefault(s.ProcurementNumber) is { Count: 1 }))
                supplier.LotNumber = lots[supplier.ProcurementNumber][0];
            db.Add(act);
            await StartDutiesAsync(db, incident.Id, confirmedAt, ct);
            db.Add(Timeline.ActDrafted(number).For(incident.Id, now, user));
            try
            {
                await db.SaveChangesAsync(ct);
                if (unit is not null) await unit.CommitAsync(ct);
                notifier.Changed(incident.Id);
                return CommandResult<string>.Ok(number);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another draft took the number first: take the next one.
            }
        }
    }

    /// <summary>A signed Act never changes: its correction is a new draft, numbered in the year's series, that copies it
    /// and cites it (F2 prints "drawn up in place of Act №…"). One correction per Act.</summary>
    public async Task<CommandResult<string>> DraftCorrectionAsync(Guid signedActId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var roles = user.StaffRoles();
        if (ActChange.RefuseRole(ActAction.DraftCorrection, roles) is { } notHis) return notHis;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var signed = await db.Set<ActRecord>().AsNoTracking().Include(a => a.Suppliers).SingleOrDefaultAsync(a => a.Id == signedActId, ct);
        if (signed is null) return CommandResult<string>.Refused(RefusalCode.NotFound, "Acts.Error.NotFound");
        if (ActChange.RefuseMove(signed, ActAction.DraftCorrection, roles) is { } notNow) return notNow;
        if (await db.Set<ActRecord>().AnyAsync(a => a.ReplacesActId == signed.Id, ct))
            return CommandResult<string>.Refused(RefusalCode.Duplicate, "Acts.Error.CorrectionExists");

        var now = clock.GetUtcNow().UtcDateTime;
        await using var unit = await YearlyCounters.BeginAsync(db, ct);
        var (sequence, number) = await ActNumbering.NextAsync(db, AstanaTime.FromUtc(now).Year, ct);
        var correction = new ActRecord
        {
            Number = number, Year = AstanaTime.FromUtc(now).Year, Sequence = sequence, IncidentId = signed.IncidentId, ReplacesActId = signed.Id,
            FailureFromUtc = signed.FailureFromUtc, FailureToUtc = signed.FailureToUtc, SystemModule = signed.SystemModule,
            ProcurementNumbers = signed.ProcurementNumbers, LotNumbers = signed.LotNumbers, IsOperatorRelated = signed.IsOperatorRelated,
            Severity = signed.Severity, CauseKk = signed.CauseKk, CauseRu = signed.CauseRu, CreatedAtUtc = now, CreatedByName = Name(user),
        };
        correction.Suppliers.AddRange(signed.Suppliers.Select(s => new ActSupplierRecord
        {
            ActId = correction.Id, Name = s.Name, TaxpayerNumber = s.TaxpayerNumber, ProcurementNumber = s.ProcurementNumber, LotNumber = s.LotNumber,
            SecurityAmount = s.SecurityAmount,
        }));
        db.Add(correction);
        db.Add(Timeline.ActDrafted(number, corrects: signed.Number).For(signed.IncidentId, now, user));
        try
        {
            await db.SaveChangesAsync(ct);
            if (unit is not null) await unit.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another draft took the number at the same moment.
            return CommandResult<string>.Refused(RefusalCode.Stale, "Acts.Error.Changed");
        }
        notifier.Changed(signed.IncidentId);
        return CommandResult<string>.Ok(number);
    }

    /// <summary>The registry's lots of each procurement: the Act names them when the appeals did not; a supplier of a
    /// single-lot procurement gets its lot.</summary>
    private static async Task<Dictionary<string, List<string>>> LotsAsync(AppDbContext db, List<string> procurements, CancellationToken ct) =>
        (await db.Set<LotRecord>().AsNoTracking()
            .Join(db.Set<ProcurementRecord>().Where(p => procurements.Contains(p.AnnouncementNumber)), l => l.ProcurementId, p => p.Id,
                (l, p) => new { p.AnnouncementNumber, l.LotNumber })
            .ToListAsync(ct))
        .GroupBy(x => x.AnnouncementNumber).ToDictionary(g => g.Key, g => g.Select(x => x.LotNumber).Order(StringComparer.Ordinal).ToList());

    /// <summary>Saves the Operator's changes to a draft or a returned Act.</summary>
    public async Task<CommandResult<string>> SaveAsync(Guid actId, Guid version, ActForm form, ClaimsPrincipal user, CancellationToken ct = default) =>
        await ChangeAsync(actId, version, user, ActAction.Save, form, (db, act, now) =>
        {
            Apply(db, act, form);
            return ("ActSaved", null);
        }, ct);

    /// <summary>Saves and submits the Act to a Supervisor.</summary>
    public async Task<CommandResult<string>> SubmitAsync(Guid actId, Guid version, ActForm form, ClaimsPrincipal user, CancellationToken ct = default) =>
        await ChangeAsync(actId, version, user, ActAction.Submit, form, (db, act, now) =>
        {
            Apply(db, act, form);
            act.Submit(now, Name(user));
            return ("ActSubmitted", null);
        }, ct);

    /// <summary>A Supervisor sends a submitted Act back with comments.</summary>
    public async Task<CommandResult<string>> ReturnAsync(Guid actId, Guid version, string? comment, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(comment)) return CommandResult<string>.Invalid("ReturnComment", "Acts.Error.CommentRequired");
        if (comment.Length > 2000) return CommandResult<string>.Invalid("ReturnComment", "Appeal.TooLong", 2000);
        if (Localization.TextFieldRules.Fault(comment) is { } problem)
            return CommandResult<string>.Invalid(new Dictionary<string, ResourceText> { ["ReturnComment"] = problem });
        return await ChangeAsync(actId, version, user, ActAction.Return, null, (_, act, _) =>
        {
            act.Return(comment.Trim());
            return ("ActReturned", comment.Trim());
        }, ct);
    }

    private async Task<CommandResult<string>> ChangeAsync(Guid actId, Guid version, ClaimsPrincipal user, ActAction action, ActForm? form,
        Func<AppDbContext, ActRecord, DateTime, (string Kind, string? Text)> change, CancellationToken ct)
    {
        var roles = user.StaffRoles();
        if (ActChange.RefuseRole(action, roles) is { } notHis) return notHis;
        if (form is not null
            && validator.Validate(form, submitting: action == ActAction.Submit) is { Count: > 0 } errors) return CommandResult<string>.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (act, refusal) = await ActChange.LoadAsync(db, actId, version, ct);
        if (act is null) return refusal!;
        if (ActChange.RefuseMove(act, action, roles) is { } notNow) return notNow;
        var now = clock.GetUtcNow().UtcDateTime;
        var (kind, text) = change(db, act, now);
        db.Add(Timeline.ActStep(kind, act.Number, text).For(act.IncidentId, now, user));
        var saved = await ActChange.SaveAsync(db, act, ct);
        if (saved.Succeeded) notifier.Changed(act.IncidentId);
        return saved;
    }

    private static void Apply(AppDbContext db, ActRecord act, ActForm form)
    {
        (act.FailureFromUtc, act.FailureToUtc) = (AstanaTime.FromWallClock(form.FailureFrom!.Value), AstanaTime.FromWallClock(form.FailureTo!.Value));
        (act.SystemModule, act.ProcurementNumbers, act.LotNumbers) = (form.SystemModule.Trim(), form.ProcurementNumbers.Trim(), form.LotNumbers.Trim());
        (act.CauseKk, act.CauseRu) = (form.CauseKk.Trim(), form.CauseRu.Trim());
        db.RemoveRange(act.Suppliers);
        act.Suppliers.Clear();
        foreach (var supplier in form.Suppliers)
        {
            var row = new ActSupplierRecord
            {
                ActId = act.Id, Name = supplier.Name.Trim(), TaxpayerNumber = supplier.TaxpayerNumber.Trim(),
                ProcurementNumber = supplier.ProcurementNumber.Trim(),
                LotNumber = string.IsNullOrWhiteSpace(supplier.LotNumber) ? null : supplier.LotNumber.Trim(), SecurityAmount = supplier.SecurityAmount,
            };
            db.Add(row);
            act.Suppliers.Add(row);
        }
    }

    /// <summary>The form as the draft stands, for the page to edit.</summary>
    public static ActForm FormOf(ActRecord act) => new()
    {
        FailureFrom = AstanaTime.ToWallClock(act.FailureFromUtc),
        FailureTo = AstanaTime.ToWallClock(act.FailureToUtc),
        SystemModule = act.SystemModule, ProcurementNumbers = act.ProcurementNumbers, LotNumbers = act.LotNumbers, CauseKk = act.CauseKk, CauseRu = act.CauseRu,
        Suppliers = [.. act.Suppliers.Select(s => new ActSupplierForm
        {
            Name = s.Name, TaxpayerNumber = s.TaxpayerNumber, ProcurementNumber = s.ProcurementNumber, LotNumber = s.LotNumber,
            SecurityAmount = s.SecurityAmount,
        })],
    };

    /// <summary>R2 §17: the Act (1 working day) and its publication (2), from the level's confirmation; once per incident.</summary>
    private async Task StartDutiesAsync(AppDbContext db, Guid incidentId, DateTime confirmedAt, CancellationToken ct)
    {
        var subject = ObligationSubject.Incident(incidentId);
        var existing = await db.Obligations.Of(subject).Select(o => o.Code).ToListAsync(ct);
        var happened = new ObligationEvent(ObligationTrigger.SupplierCouldNotBid, Instant.FromDateTimeUtc(confirmedAt));
        var calendar = await calendars.AllAsync(ct);
        ObligationJournal.Plan(db, subject, happened, ObligationPlanner.Plan(happened, calendar, settings).Where(p => !existing.Contains(p.Code)));
    }

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
