using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>Registers an appeal in the Register Journal (R2 §7): the incident gets the next number of the
/// year's series (R2 §8), the §7 clock is met, and the §8 identifier e-mail and §9 analysis clocks start,
/// all in one transaction. An operator first takes the appeal so that two operators never register it twice.</summary>
public sealed class AppealRegistration(
    IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, ObligationSettings settings,
    AppealValidator validator, InboxNotifier inbox, MailOutbox mail, TimeProvider clock)
{
    private const int Attempts = 20;

    // One registration at a time in this instance, from reading the year's counter to saving it: saves are
    // serialized anyway (one audit chain), and this keeps concurrent operators from retrying each other out.
    // Across instances the counter's concurrency token and the retry below keep numbers unique and gap-free.
    private static readonly SemaphoreSlim NumberingGate = new(1, 1);

    public async Task<CommandResult<AppealSaved>> TakeAsync(Guid appealId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appeal = await db.Set<AppealRecord>().FirstOrDefaultAsync(a => a.Id == appealId, ct);
        if (appeal is null || appeal.IsRegistered) return AlreadyRegistered();
        if (!appeal.TakeBy(user.UserId(), user.Identity?.Name, clock.GetUtcNow().UtcDateTime)) return TakenByOther(appeal.TakenByName);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TakenByOther(null);
        }
        inbox.Changed();
        return CommandResult<AppealSaved>.Ok(new(appealId));
    }

    public async Task<CommandResult<AppealSaved>> RegisterAsync(Guid appealId, AppealForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var errors = validator.Validate(form, now);
        if (errors.Count > 0) return CommandResult<AppealSaved>.Invalid(errors);
        for (var attempt = 1; ; attempt++)
        {
            await NumberingGate.WaitAsync(ct);
            try
            {
                var result = await TryRegisterAsync(appealId, form, user, now, ct);
                if (result.Succeeded) inbox.Changed();
                return result;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another instance took the same number first (or changed the appeal): start again.
            }
            finally
            {
                NumberingGate.Release();
            }
        }
    }

    /// <summary>Registers the appeal as another report of an incident already registered: a Journal row with
    /// that incident's number (R2 §7 met), and the number e-mailed to this user too (R2 §8). No new number.</summary>
    public async Task<CommandResult<AppealSaved>> LinkAsync(Guid appealId, Guid incidentId, AppealForm form, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var errors = validator.Validate(form, now);
        if (errors.Count > 0) return CommandResult<AppealSaved>.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appeal = await db.Set<AppealRecord>().FirstOrDefaultAsync(a => a.Id == appealId, ct);
        var incident = await db.Set<IncidentRecord>().FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (appeal is null || appeal.IsRegistered || incident is null) return AlreadyRegistered();
        if (appeal.TakenById is { } holder && holder != user.UserId()) return TakenByOther(appeal.TakenByName);
        await JoinAsync(db, appeal, incident, form, user, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AlreadyRegistered();
        }
        inbox.Changed();
        return CommandResult<AppealSaved>.Ok(new(appeal.Id, incident.Number));
    }

    private async Task<CommandResult<AppealSaved>> TryRegisterAsync(Guid appealId, AppealForm form, ClaimsPrincipal user, Instant now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appeal = await db.Set<AppealRecord>().FirstOrDefaultAsync(a => a.Id == appealId, ct);
        if (appeal is null || appeal.IsRegistered) return AlreadyRegistered();
        if (appeal.TakenById is { } holder && holder != user.UserId()) return TakenByOther(appeal.TakenByName);

        await using var unit = await YearlyCounters.BeginAsync(db, ct);
        var number = await IncidentNumbering.NextAsync(db, now.InZone(AstanaTime.Zone).Year, ct);
        var incident = new IncidentRecord
        {
            Number = number.ToString(), Year = number.Year, Sequence = number.Sequence,
            RegisteredAtUtc = now.ToDateTimeUtc(), RegisteredByName = user.Identity?.Name ?? "?",
        };
        db.Set<IncidentRecord>().Add(incident);
        await JoinAsync(db, appeal, incident, form, user, now, ct);
        var calendar = await calendars.AllAsync(ct);
        foreach (var plan in ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Registered, now,
            InformationAt: Instant.FromDateTimeUtc(appeal.ReceivedAtUtc)), calendar, settings))
            db.Obligations.Add(AppealIntake.Obligation(plan, ObligationSubject.Incident(incident.Id), ObligationTrigger.Registered));

        await db.SaveChangesAsync(ct);
        if (unit is not null) await unit.CommitAsync(ct);
        return CommandResult<AppealSaved>.Ok(new(appeal.Id, incident.Number));
    }

    /// <summary>The Journal row: the appeal joins the incident, its §7 clock is met and, when the user gave an
    /// e-mail, the §8 identifier is queued in the same transaction.</summary>
    private async Task JoinAsync(AppDbContext db, AppealRecord appeal, IncidentRecord incident, AppealForm form, ClaimsPrincipal user, Instant now,
        CancellationToken ct)
    {
        AppealIntake.Copy(form, appeal);
        (appeal.RegisteredAtUtc, appeal.RegisteredById, appeal.RegisteredByName) = (now.ToDateTimeUtc(), user.UserId(), user.Identity?.Name);
        appeal.IncidentId = incident.Id;
        foreach (var register in await db.Obligations.Of(ObligationSubject.Appeal(appeal.Id)).Where(o => o.Code == ObligationCatalogue.Register.Code)
            .ToListAsync(ct))
            register.Meet(now.ToDateTimeUtc());
        // R2 §8: the incident's identifier, in Kazakh and Russian, queued in the registration's own transaction.
        if (appeal.ContactEmail is { } to)
            await MailTemplates.TemplatedMail.EnqueueAsync(db, mail, MailTemplates.MailTemplateCatalogue.IdEmail, "Incident", incident.Id, to,
                new Dictionary<string, string>
                {
                    ["number"] = incident.Number,
                    ["received"] = AstanaTime.FromUtc(appeal.ReceivedAtUtc).ToString("dd.MM.yyyy HH:mm", null),
                    ["organisation"] = appeal.OrganisationName,
                }, ct);
    }

    private static CommandResult<AppealSaved> AlreadyRegistered() => CommandResult<AppealSaved>.Refused(RefusalCode.AlreadyDone, "Inbox.AlreadyRegistered");

    private static CommandResult<AppealSaved> TakenByOther(string? holder) =>
        CommandResult<AppealSaved>.Refused(RefusalCode.TakenByOther, "Inbox.TakenByOther", holder ?? "?");
}
