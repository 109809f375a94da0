using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Web.Features.MailTemplates;

namespace GosZakup.Console.Web.Features.Reminders;

/// <summary>What a reminder says, in the bell (a resource key and arguments, shown in the reader's language)
/// and by mail (the reminder or breach template, Kazakh and Russian together).</summary>
public sealed record ReminderWording(string MessageKey, IReadOnlyList<string> Arguments, MailTemplateKind Mail, IReadOnlyDictionary<string, string> MailValues)
{
    public const string ReminderKey = "Notification.Reminder";
    public const string BreachKey = "Notification.Breach";

    public static ReminderWording Of(ObligationRecord obligation, ReminderStage stage, DutySubject subject)
    {
        var duty = NotificationText.Resource(DutyNames.Key(obligation.Code));
        if (stage == ReminderStage.Breach)
        {
            var limit = DutySubjects.AstanaText(obligation.DueAtUtc!.Value);
            return new(BreachKey, [duty, obligation.Clause, subject.Label, limit], MailTemplateCatalogue.BreachAlert,
                Values(obligation, subject, limit));
        }
        // A warning counts towards the internal target when there is one (R2 §7), else the legal limit.
        var end = DutySubjects.AstanaText((obligation.TargetAtUtc ?? obligation.DueAtUtc)!.Value);
        var percent = stage == ReminderStage.Warn50 ? "50" : "80";
        var values = new Dictionary<string, string>(Values(obligation, subject, end)) { ["percent"] = percent };
        return new(ReminderKey, [percent, duty, obligation.Clause, subject.Label, end], MailTemplateCatalogue.Reminder, values);
    }

    public const string DigestReminderKey = "Notification.ReminderDigest";
    public const string DigestBreachKey = "Notification.BreachDigest";

    /// <summary>Several duties of one subject at one stage, told once: how many, what about, and the earliest limit
    /// (or, for warnings, the earliest end of their time).</summary>
    public static ReminderWording Digest(IReadOnlyCollection<ObligationRecord> obligations, ReminderStage stage, DutySubject subject, string subjectKey)
    {
        var count = obligations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inbox = subjectKey == DutySubjects.InboxKey;
        var label = inbox ? NotificationText.Resource(DutySubjects.InboxLabelKey) : subject.Label;
        var mailLabel = inbox ? DutyNames.KazakhAndRussianOf(DutySubjects.InboxLabelKey) : subject.Label;
        if (stage == ReminderStage.Breach)
        {
            var limit = DutySubjects.AstanaText(obligations.Min(o => o.DueAtUtc!.Value));
            return new(DigestBreachKey, [count, label, limit], MailTemplateCatalogue.BreachDigest,
                new Dictionary<string, string> { ["number"] = mailLabel, ["count"] = count, ["dueAt"] = limit });
        }
        var end = DutySubjects.AstanaText(obligations.Min(o => (o.TargetAtUtc ?? o.DueAtUtc)!.Value));
        var percent = stage == ReminderStage.Warn50 ? "50" : "80";
        return new(DigestReminderKey, [count, percent, label, end], MailTemplateCatalogue.ReminderDigest,
            new Dictionary<string, string> { ["number"] = mailLabel, ["count"] = count, ["percent"] = percent, ["dueAt"] = end });
    }

    private static Dictionary<string, string> Values(ObligationRecord obligation, DutySubject subject, string dueAt) => new()
    {
        ["number"] = subject.Label,
        ["duty"] = DutyNames.KazakhAndRussian(obligation.Code),
        ["clause"] = obligation.Clause,
        ["dueAt"] = dueAt,
    };
}
