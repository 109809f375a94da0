using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.MailTemplates;

/// <summary>The Admin's wording of the notices (audited like every save). A wording is saved whole, in both
/// languages, or not at all; a change another Admin made meanwhile is reported, never overwritten.</summary>
public sealed class MailTemplateAdmin(IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public const int MaxSubjectLength = 300;
    public const int MaxBodyLength = 8000;

    public async Task<IReadOnlyList<MailTemplateRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var custom = await db.Set<MailTemplateRecord>().AsNoTracking().ToDictionaryAsync(t => t.Kind, ct);
        return [.. MailTemplateCatalogue.All.Select(kind => custom.TryGetValue(kind.Kind, out var row)
            ? new MailTemplateRow(kind, true, row.UpdatedAtUtc, row.UpdatedByName)
            : new MailTemplateRow(kind, false, null, null))];
    }

    /// <summary>The wording in force for <paramref name="kind"/>: the Admin's, or the built-in one.</summary>
    public async Task<MailTemplateForm> LoadAsync(MailTemplateKind kind, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<MailTemplateRecord>().AsNoTracking().FirstOrDefaultAsync(t => t.Kind == kind.Kind, ct);
        return row is null ? BuiltIn(kind) : new MailTemplateForm
        {
            Kind = kind.Kind, SubjectKk = row.SubjectKk, SubjectRu = row.SubjectRu, BodyKk = row.BodyKk, BodyRu = row.BodyRu,
            Version = row.Version, UpdatedAtUtc = row.UpdatedAtUtc, UpdatedByName = row.UpdatedByName,
        };
    }

    public static MailTemplateForm BuiltIn(MailTemplateKind kind)
    {
        var (kk, ru) = (TemplatedMail.Default(kind, Cultures.Kazakh), TemplatedMail.Default(kind, Cultures.Russian));
        return new MailTemplateForm { Kind = kind.Kind, SubjectKk = kk.Subject, SubjectRu = ru.Subject, BodyKk = kk.Body, BodyRu = ru.Body };
    }

    /// <summary>Field by field, as resource keys: every text is required, within its length, uses only its kind's
    /// placeholders, and a subject is one line.</summary>
    public static Dictionary<string, ResourceText> Validate(MailTemplateKind kind, MailTemplateForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        foreach (var (field, text, isSubject) in form.Texts)
        {
            var limit = isSubject ? MaxSubjectLength : MaxBodyLength;
            if (string.IsNullOrWhiteSpace(text)) errors[field] = new("MailTemplates.Required");
            else if (text.Length > limit) errors[field] = new("MailTemplates.TooLong", limit, text.Length);
            else if (isSubject && text.AsSpan().IndexOfAny('\r', '\n') >= 0) errors[field] = new("MailTemplates.SubjectOneLine");
            else if (Localization.TextFieldRules.Fault(text, limit, multiLine: !isSubject) is { } problem) errors[field] = problem;
            else if (MailTemplateText.Unknown(text, kind) is [var unknown, ..])
                errors[field] = new("MailTemplates.UnknownPlaceholder", Braced(unknown), string.Join(", ", kind.Placeholders.Select(Braced)));
        }
        return errors;
    }

    public async Task<CommandResult> SaveAsync(MailTemplateForm form, string updatedBy, CancellationToken ct = default)
    {
        if (MailTemplateCatalogue.Find(form.Kind) is not { } kind) return CommandResult.Refused(RefusalCode.NotFound, "MailTemplates.UnknownKind");
        if (Validate(kind, form) is { Count: > 0 } errors) return CommandResult.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stored = await db.Set<MailTemplateRecord>().FirstOrDefaultAsync(t => t.Kind == kind.Kind, ct);
        if (stored?.Version != form.Version) return Conflict();
        if (stored is null) db.Set<MailTemplateRecord>().Add(stored = new MailTemplateRecord { Kind = kind.Kind });
        (stored.SubjectKk, stored.SubjectRu, stored.BodyKk, stored.BodyRu) =
            (form.SubjectKk.Trim(), form.SubjectRu.Trim(), form.BodyKk.Trim(), form.BodyRu.Trim());
        (stored.UpdatedAtUtc, stored.UpdatedByName) = (clock.GetUtcNow().UtcDateTime, updatedBy);
        // Two Admins customising the same built-in wording at once: the primary key refuses the second.
        return await CommandSaves.SaveAsync(db, Conflict, Conflict, ct);
    }

    /// <summary>Puts the built-in wording back in force by deleting the Admin's. <paramref name="version"/> is the
    /// row the Admin saw: a wording changed since is not thrown away unseen.</summary>
    public async Task<CommandResult> RestoreBuiltInAsync(MailTemplateKind kind, Guid version, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stored = await db.Set<MailTemplateRecord>().FirstOrDefaultAsync(t => t.Kind == kind.Kind, ct);
        if (stored is null) return CommandResult.Ok();
        if (stored.Version != version) return Conflict();
        db.Set<MailTemplateRecord>().Remove(stored);
        return await CommandSaves.SaveAsync(db, Conflict, Conflict, ct);
    }

    /// <summary>The notice as a recipient would read it, filled with sample values in the user's language.</summary>
    public (string Subject, string Body) Preview(MailTemplateKind kind, MailTemplateForm form) =>
        TemplatedMail.Render(form.Kk, form.Ru, kind.Placeholders.ToDictionary(p => p, p => l[$"MailTemplates.Sample.{p}"].Value));

    private static CommandResult Conflict() => CommandResult.Refused(RefusalCode.Stale, "MailTemplates.Conflict");

    private static string Braced(string placeholder) => $"{{{placeholder}}}";
}
