using System.Globalization;
using System.Resources;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.MailTemplates;

/// <summary>Composes a notice in Kazakh and Russian, both in one message (R1 §12), from the Admin's wording
/// when there is one, else from the built-in wording.</summary>
public static class TemplatedMail
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    /// <summary>The built-in wording of a kind in one language (kk or ru).</summary>
    public static TemplateWording Default(MailTemplateKind kind, string culture)
    {
        var language = new CultureInfo(culture);
        return new(Strings.GetString(kind.SubjectKey, language) ?? kind.SubjectKey, Strings.GetString(kind.BodyKey, language) ?? kind.BodyKey);
    }

    /// <summary>The wording in force: the Admin's, or the built-in one (Kazakh first).</summary>
    public static async Task<(TemplateWording Kk, TemplateWording Ru)> WordingAsync(DbContext db, MailTemplateKind kind, CancellationToken ct)
    {
        var custom = await db.Set<MailTemplateRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Kind == kind.Kind, ct);
        return custom is null
            ? (Default(kind, Cultures.Kazakh), Default(kind, Cultures.Russian))
            : (new(custom.SubjectKk, custom.BodyKk), new(custom.SubjectRu, custom.BodyRu));
    }

    /// <summary>Subject "kk / ru" and body "kk, blank line, ru", with the values filled in.</summary>
    public static async Task<(string Subject, string Body)> RenderAsync(DbContext db, MailTemplateKind kind, IReadOnlyDictionary<string, string> values,
        CancellationToken ct)
    {
        var (kk, ru) = await WordingAsync(db, kind, ct);
        return Render(kk, ru, values);
    }

    /// <summary>The outbox's Subject column holds 500 characters; two wordings of up to 300 each, with their values,
    /// could be longer, and the registration that queues the notice must not fail for it.</summary>
    public const int MaxSubjectLength = 500;

    public static (string Subject, string Body) Render(TemplateWording kk, TemplateWording ru, IReadOnlyDictionary<string, string> values) =>
        Render(kk, ru, InLanguage(values, Cultures.Kazakh), InLanguage(values, Cultures.Russian));

    /// <summary>A {clause} value ("R2 §7") in each language's words: "Қағидалардың 7-тармағы", "п. 7 Правил".</summary>
    private static IReadOnlyDictionary<string, string> InLanguage(IReadOnlyDictionary<string, string> values, string culture) =>
        values.TryGetValue("clause", out var code) && ClauseLabels.IsCode(code)
            ? new Dictionary<string, string>(values) { ["clause"] = ClauseLabels.Format(code, CultureInfo.GetCultureInfo(culture)) }
            : values;

    /// <summary>Each language's wording with values in that language (a level's name, say).</summary>
    public static (string Subject, string Body) Render(TemplateWording kk, TemplateWording ru, IReadOnlyDictionary<string, string> kkValues,
        IReadOnlyDictionary<string, string> ruValues)
    {
        var subject = MailTemplateText.OneLine($"{MailTemplateText.Fill(kk.Subject, kkValues)} / {MailTemplateText.Fill(ru.Subject, ruValues)}");
        if (subject.Length > MaxSubjectLength) subject = subject[..(MaxSubjectLength - 1)] + "…";
        return (subject, $"{MailTemplateText.Fill(kk.Body, kkValues)}\n\n{MailTemplateText.Fill(ru.Body, ruValues)}");
    }

    /// <summary>Queues the notice in the caller's context, to be saved with the change that causes it.</summary>
    public static async Task<OutboxMessage> EnqueueAsync(DbContext db, MailOutbox outbox, MailTemplateKind kind, string subjectType, Guid subjectId, string to,
        IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var (subject, body) = await RenderAsync(db, kind, values, ct);
        return outbox.Enqueue(db, new OutgoingMail(kind.Kind, subjectType, subjectId.ToString(), to, subject, body));
    }
}
