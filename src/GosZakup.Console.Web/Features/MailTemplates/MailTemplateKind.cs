namespace GosZakup.Console.Web.Features.MailTemplates;

/// <summary>One kind of notice the console mails: its kind (the obligation code it fulfils, when it fulfils
/// one), the resource keys of its built-in wording, and the placeholders its wording may use.</summary>
public sealed record MailTemplateKind(string Kind, string ResourcePrefix, string Clause, IReadOnlyList<string> Placeholders)
{
    public string SubjectKey => $"{ResourcePrefix}.Subject";

    public string BodyKey => $"{ResourcePrefix}.Body";
}

/// <summary>Every notice the console mails (R2 §8, §11, §14-§16, §25, R1 §13) and the reminders of its own duties.</summary>
public static class MailTemplateCatalogue
{
    public static MailTemplateKind IdEmail { get; } = new("id-email", "Mail.IdEmail", "R2 §8", ["number", "received", "organisation"]);
    public static MailTemplateKind RefutationNotice { get; } = new("refutation-notice", "Mail.Refutation", "R2 §11", ["number", "received", "evidence"]);
    public static MailTemplateKind LowNotice { get; } = new("low-notice", "Mail.LowNotice", "R2 §14.1", ["number", "level", "plannedFix"]);
    /// <summary>R2 §25: before the confirmation, to the Owner's information-security unit and the Working Group; the level is the one suspected.</summary>
    public static MailTemplateKind ConfirmationAlert { get; } =
        new("confirmation-alert", "Mail.ConfirmationAlert", "R2 §25", ["number", "level", "received", "organisation", "description", "procurements"]);
    public static MailTemplateKind WorkingGroupAlert { get; } =
        new("wg-alert", "Mail.WgAlert", "R2 §15.1, §16.1", ["number", "level", "module", "description", "plannedFix", "confirmedAt"]);
    public static MailTemplateKind SupplierNotice { get; } =
        new("supplier-notice", "Mail.SupplierNotice", "R2 §15.3", ["number", "level", "module", "plannedFix", "procurements"]);
    public static MailTemplateKind FixNotice { get; } = new("fix-notice", "Mail.FixNotice", "R2 §14.3, §15.8, §16.8", ["number", "fixedAt", "measures"]);
    public static MailTemplateKind ForceMajeureNotice { get; } =
        new("force-majeure-notice", "Mail.ForceMajeureNotice", "R1 §13, R2 §16.6", ["number", "description", "effect", "from", "to"]);
    public static MailTemplateKind ExtensionNotice { get; } = new("extension-notice", "Mail.ExtensionNotice", "R2 §15.8, §16.8, §24", ["source", "deadlines"]);
    public static MailTemplateKind Reminder { get; } = new("reminder", "Mail.Reminder", "R2 §7-§17", ["number", "duty", "clause", "dueAt", "percent"]);
    public static MailTemplateKind BreachAlert { get; } = new("breach-alert", "Mail.BreachAlert", "R2 §7-§17", ["number", "duty", "clause", "dueAt"]);

    /// <summary>Several duties of one subject (an incident, the Inbox's appeals) reaching one stage at once: one mail for them all.</summary>
    public static MailTemplateKind ReminderDigest { get; } =
        new("reminder-digest", "Mail.ReminderDigest", "R2 §7-§17", ["number", "count", "percent", "dueAt"]);
    public static MailTemplateKind BreachDigest { get; } = new("breach-digest", "Mail.BreachDigest", "R2 §7-§17", ["number", "count", "dueAt"]);

    public static IReadOnlyList<MailTemplateKind> All { get; } =
        [IdEmail, RefutationNotice, LowNotice, ConfirmationAlert, WorkingGroupAlert, SupplierNotice, FixNotice, ForceMajeureNotice, ExtensionNotice, Reminder,
            BreachAlert, ReminderDigest, BreachDigest];

    public static MailTemplateKind? Find(string kind) => All.FirstOrDefault(k => k.Kind == kind);
}
