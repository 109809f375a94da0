using System.Globalization;
using System.Resources;
using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.MailTemplates;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>A notice ready to send: the Kazakh-and-Russian text and who it goes to.</summary>
public sealed record NoticePreview(MailTemplateKind Kind, string Subject, string Body, IReadOnlyList<string> To);

/// <summary>The notices the Rules demand of an incident (R2 §11, §14-§16), sent from the console by e-mail
/// (the duty is met when the mail has gone out) or logged when given by phone or letter (met when logged).</summary>
public sealed class IncidentNotices(IDbContextFactory<AppDbContext> dbFactory, MailOutbox outbox, IncidentNotifier notifier, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    /// <summary>Notices to the users who reported the failure (every appeal's e-mail).</summary>
    public static IReadOnlyList<MailTemplateKind> UserNotices { get; } =
        [MailTemplateCatalogue.RefutationNotice, MailTemplateCatalogue.LowNotice, MailTemplateCatalogue.SupplierNotice, MailTemplateCatalogue.FixNotice];

    /// <summary>Sent from their own step or panel, which also records and publishes what the Rules ask (R2 §25, R1 §13);
    /// never from the generic notice preview.</summary>
    public static IReadOnlyList<MailTemplateKind> SentElsewhere { get; } = [MailTemplateCatalogue.ConfirmationAlert, MailTemplateCatalogue.ForceMajeureNotice];

    /// <summary>R2 §15.1, §16.1: every active Working Group member, at once, in the caller's transaction.</summary>
    public async Task AlertWorkingGroupAsync(AppDbContext db, IncidentRecord incident, CancellationToken ct)
    {
        var members = await db.Set<WorkingGroupMemberRecord>().ActiveIn(ContactUnit.WorkingGroup).Select(m => m.Email).ToListAsync(ct);
        var appeals = await db.Set<AppealRecord>().Where(a => a.IncidentId == incident.Id).ToListAsync(ct);
        foreach (var to in members)
            await EnqueueAsync(db, MailTemplateCatalogue.WorkingGroupAlert, incident, appeals, to, ct);
    }

    /// <summary>R2 §25: before confirming a failure that may be of the <paramref name="suspected"/> level, the alert to each of
    /// <paramref name="recipients"/> (once per address), in the caller's transaction.</summary>
    /// <returns>The addresses written to.</returns>
    public async Task<IReadOnlyList<string>> AlertBeforeConfirmationAsync(AppDbContext db, IncidentRecord incident, Severity suspected,
        IEnumerable<WorkingGroupMemberRecord> recipients, CancellationToken ct)
    {
        var appeals = await db.Set<AppealRecord>().Where(a => a.IncidentId == incident.Id).ToListAsync(ct);
        var kind = MailTemplateCatalogue.ConfirmationAlert;
        var (kk, ru) = await TemplatedMail.WordingAsync(db, kind, ct);
        var (subject, body) =
            TemplatedMail.Render(kk, ru, Suspected(incident, appeals, suspected, Cultures.Kazakh), Suspected(incident, appeals, suspected, Cultures.Russian));
        var addresses = recipients.Select(r => r.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var to in addresses)
            outbox.Enqueue(db, new OutgoingMail(kind.Kind, "Incident", incident.Id.ToString(), to, subject, body));
        return addresses;
    }

    /// <summary>The incident's values with the level the wizard's answers point to: before the confirmation it has none yet.</summary>
    private static Dictionary<string, string> Suspected(IncidentRecord incident, IReadOnlyList<AppealRecord> appeals, Severity level, string culture) =>
        new(Values(incident, appeals, culture)) { ["level"] = Strings.GetString($"Severity.{level}", new CultureInfo(culture)) ?? level.ToString() };

    public async Task<NoticePreview?> PreviewAsync(Guid incidentId, MailTemplateKind kind, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<IncidentRecord>().FirstOrDefaultAsync(i => i.Id == incidentId, ct) is not { } incident) return null;
        var appeals = await db.Set<AppealRecord>().Where(a => a.IncidentId == incidentId).OrderBy(a => a.ReceivedAtUtc).ToListAsync(ct);
        var (subject, body) = await RenderAsync(db, kind, incident, appeals, ct);
        return new NoticePreview(kind, subject, body, await RecipientsAsync(db, kind, incident, appeals, ct));
    }

    /// <summary>Queues the notice to each recipient; the obligation of the same code is met when it goes out.</summary>
    public async Task<CommandResult> SendAsync(Guid incidentId, MailTemplateKind kind, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<IncidentRecord>()
            .FirstOrDefaultAsync(i => i.Id == incidentId, ct) is not { } incident) return CommandResult.Refused(RefusalCode.NotFound,
            "Incident.Error.NotFound");
        if (SentElsewhere.Contains(kind)) return CommandResult.Refused(RefusalCode.OutOfRange, "Incident.Error.SentElsewhere");
        var appeals = await db.Set<AppealRecord>().Where(a => a.IncidentId == incidentId).ToListAsync(ct);
        var recipients = await RecipientsAsync(db, kind, incident, appeals, ct);
        if (recipients.Count == 0) return CommandResult.Refused(RefusalCode.NotAllowedFromStatus, "Incident.Error.NoRecipients");
        foreach (var to in recipients)
            await EnqueueAsync(db, kind, incident, appeals, to, ct);
        db.Set<IncidentEventRecord>().Add(Timeline.NoticeQueued(kind.Kind, recipients).For(incidentId, clock.GetUtcNow().UtcDateTime, user));
        await db.SaveChangesAsync(ct);
        notifier.Changed(incidentId);
        return CommandResult.Ok();
    }

    /// <summary>A call or letter given outside the console; logging it meets the duty it names.</summary>
    public async Task<CommandResult> LogContactAsync(Guid incidentId, ContactForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (string.IsNullOrWhiteSpace(form.Contact)) return CommandResult.Invalid(nameof(form.Contact), "Incident.Error.ContactRequired");
        if (string.IsNullOrWhiteSpace(form.Outcome)) return CommandResult.Invalid(nameof(form.Outcome), "Incident.Error.OutcomeRequired");
        if (form.At is null) return CommandResult.Invalid(nameof(form.At), "Incident.Error.ContactTimeRequired");
        var at = AstanaTime.FromWallClock(form.At.Value);
        if (at > now.AddMinutes(2)) return CommandResult.Invalid(nameof(form.At), "Incident.Error.ContactInFuture");
        if (form.Contact.Length > 300) return CommandResult.Invalid(nameof(form.Contact), "Appeal.TooLong", 300);
        if (form.Outcome.Length > 2000) return CommandResult.Invalid(nameof(form.Outcome), "Appeal.TooLong", 2000);
        if (Localization.TextFieldRules.Fault(form.Contact) is { } textProblem1) return CommandResult.Invalid(nameof(form.Contact), textProblem1);
        if (Localization.TextFieldRules.Fault(form.Outcome) is { } textProblem2) return CommandResult.Invalid(nameof(form.Outcome), textProblem2);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Set<IncidentRecord>().AnyAsync(i => i.Id == incidentId, ct)) return CommandResult.Refused(RefusalCode.NotFound,
            "Incident.Error.NotFound");
        var by = user.Identity?.Name ?? "?";
        db.Set<ContactLogRecord>().Add(new ContactLogRecord
        {
            IncidentId = incidentId, Kind = form.Kind, AtUtc = at, Contact = form.Contact.Trim(), ByName = by, Outcome = form.Outcome.Trim(),
            ObligationCode = form.ObligationCode,
        });
        if (form.ObligationCode is { Length: > 0 } code)
            await IncidentCommands.MeetAsync(db, incidentId, code, Instant.FromDateTimeUtc(at), by, $"{l[$"Contact.{form.Kind}"]}: {form.Contact.Trim()}", ct);
        db.Set<IncidentEventRecord>().Add(Timeline.Contact(form.Kind, form.Contact.Trim(), form.Outcome.Trim()).For(incidentId, at, user));
        await db.SaveChangesAsync(ct);
        notifier.Changed(incidentId);
        return CommandResult.Ok();
    }

    /// <summary>The Working Group for its alert; the reporting users otherwise, and for the supplier and fix notices
    /// (R2 §15.3, §15.8) also every potential supplier with an e-mail of the procurements the appeals name — at high level
    /// of every procurement of the failed module (R2 §16.2-§16.3: the whole module is affected).</summary>
    private static async Task<IReadOnlyList<string>> RecipientsAsync(AppDbContext db, MailTemplateKind kind, IncidentRecord incident,
        IReadOnlyList<AppealRecord> appeals, CancellationToken ct)
    {
        if (kind == MailTemplateCatalogue.WorkingGroupAlert)
            return await db.Set<WorkingGroupMemberRecord>().ActiveIn(ContactUnit.WorkingGroup).OrderBy(m => m.FullName).Select(m => m.Email).ToListAsync(ct);
        var users = appeals.Select(a => a.ContactEmail).OfType<string>();
        if (kind != MailTemplateCatalogue.SupplierNotice && kind != MailTemplateCatalogue.FixNotice)
            return [.. users.Distinct(StringComparer.OrdinalIgnoreCase)];
        var numbers = appeals.SelectMany(a => AppealRules.Numbers(a.ProcurementNumbers)).Distinct().ToList();
        var module = incident.Severity == Severity.High && incident.SystemModule is { Length: > 0 } failed ? failed : null;
        var suppliers = await db.Set<PotentialSupplierRecord>()
            .Where(s => s.Email != null && db.Set<ProcurementRecord>()
                .Any(p => p.Id == s.ProcurementId && (numbers.Contains(p.AnnouncementNumber) || p.SystemModule == module)))
            .Select(s => s.Email!).ToListAsync(ct);
        return [.. users.Concat(suppliers.Order(StringComparer.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private async Task EnqueueAsync(AppDbContext db, MailTemplateKind kind, IncidentRecord incident, IReadOnlyList<AppealRecord> appeals, string to,
        CancellationToken ct)
    {
        var (subject, body) = await RenderAsync(db, kind, incident, appeals, ct);
        outbox.Enqueue(db, new OutgoingMail(kind.Kind, "Incident", incident.Id.ToString(), to, subject, body));
    }

    /// <summary>Each language's wording gets the values in that language (a level's name, say).</summary>
    private static async Task<(string Subject, string Body)> RenderAsync(AppDbContext db, MailTemplateKind kind, IncidentRecord incident,
        IReadOnlyList<AppealRecord> appeals, CancellationToken ct)
    {
        var (kk, ru) = await TemplatedMail.WordingAsync(db, kind, ct);
        return TemplatedMail.Render(kk, ru, Values(incident, appeals, Cultures.Kazakh), Values(incident, appeals, Cultures.Russian));
    }

    public static IReadOnlyDictionary<string, string> Values(IncidentRecord incident, IReadOnlyList<AppealRecord> appeals, string culture)
    {
        var language = new CultureInfo(culture);
        var first = appeals.OrderBy(a => a.ReceivedAtUtc).FirstOrDefault();
        var none = Strings.GetString("Common.None", language) ?? "—";
        return new Dictionary<string, string>
        {
            ["number"] = incident.Number,
            ["level"] = incident.Severity is { } level ? Strings.GetString($"Severity.{level}", language) ?? level.ToString() : none,
            ["module"] = incident.SystemModule ?? none,
            ["plannedFix"] = Astana(incident.PlannedFixAtUtc) ?? none,
            ["confirmedAt"] = Astana(incident.SeveritySetAtUtc) ?? none,
            ["fixedAt"] = Astana(incident.FixedAtUtc) ?? none,
            ["measures"] = incident.FixMeasures ?? none,
            ["evidence"] = incident.ReproductionResult ?? none,
            ["received"] = Astana(first?.ReceivedAtUtc) ?? none,
            ["organisation"] = first?.OrganisationName ?? none,
            ["description"] = first?.Description ?? none,
            ["procurements"] =
                string.Join(", ", appeals.Select(a => a.ProcurementNumbers).OfType<string>().Distinct()) is { Length: > 0 } numbers ? numbers : none,
        };
    }

    private static string? Astana(DateTime? utc) => utc is { } at ? AstanaTime.Text(at) : null;
}

/// <summary>A notice given by phone or letter (R2 §11, §14-§16).</summary>
public sealed class ContactForm
{
    public ContactKind Kind { get; set; } = ContactKind.PhoneCall;
    public DateTime? At { get; set; }
    public string Contact { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string? ObligationCode { get; set; }
}
