using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Web.Commands;

namespace GosZakup.Console.Web.Features.Complaints;

/// <summary>Field-by-field checks of the complaint and answer forms, as resource keys translated at the edge.</summary>
public sealed class ComplaintValidator(TimeProvider clock)
{
    public Dictionary<string, ResourceText> Validate(ComplaintForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (form.ReceivedAt is not { } received) errors[nameof(form.ReceivedAt)] = new("Complaints.Error.ReceivedRequired");
        else if (AstanaTime.FromWallClock(received) > now.AddMinutes(1)) errors[nameof(form.ReceivedAt)] = new("Complaints.Error.InFuture");
        if (form.LetterDate is not { } date) errors[nameof(form.LetterDate)] = new("Complaints.Error.LetterDateRequired");
        else if (form.ReceivedAt is { } at && date.Date > at.Date) errors[nameof(form.LetterDate)] = new("Complaints.Error.LetterAfterReceipt");
        if (form.FromMemberId is null) errors[nameof(form.FromMemberId)] = new("Complaints.Error.HeadRequired");
        Text(errors, nameof(form.LetterNumber), form.LetterNumber, 100, "Complaints.Error.LetterNumberRequired");
        Text(errors, nameof(form.Subject), form.Subject, 500, "Complaints.Error.SubjectRequired");
        Text(errors, nameof(form.Summary), form.Summary, 4000, "Complaints.Error.SummaryRequired");
        if (!string.IsNullOrWhiteSpace(form.IncidentNumber) && form.IncidentNumber.Trim().Length > 32)
            errors[nameof(form.IncidentNumber)] = new("Appeal.TooLong", 32);
        return errors;
    }

    public Dictionary<string, ResourceText> Validate(ComplaintAnswerForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        if (form.Priority is null) errors[nameof(form.Priority)] = new("Complaints.Error.PriorityRequired");
        Text(errors, nameof(form.Causes), form.Causes, 4000, "Complaints.Error.CausesRequired");
        if (form.Confirmed is null) errors[nameof(form.Confirmed)] = new("Complaints.Error.ConfirmedRequired");
        if (form.Confirmed == true)
        {
            if (form.FixBy is not { } fixBy) errors[nameof(form.FixBy)] = new("Complaints.Error.FixByRequired");
            else if (form.FixStartAt is { } start && start > fixBy) errors[nameof(form.FixBy)] = new("Complaints.Error.FixBeforeStart");
        }
        return errors;
    }

    private static void Text(Dictionary<string, ResourceText> errors, string field, string? value, int max, string requiredKey)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = new(requiredKey);
        else if (value.Trim().Length > max) errors[field] = new("Appeal.TooLong", max);
        else if (Localization.TextFieldRules.Fault(value) is { } problem) errors[field] = problem;
    }
}
