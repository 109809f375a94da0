using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Complaints;

/// <summary>Field-by-field checks of the complaint and answer forms, in the user's language.</summary>
public sealed class ComplaintValidator(TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public Dictionary<string, string> Validate(ComplaintForm form)
    {
        var errors = new Dictionary<string, string>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (form.ReceivedAt is not { } received) errors[nameof(form.ReceivedAt)] = l["Complaints.Error.ReceivedRequired"];
        else if (AstanaTime.FromWallClock(received) > now.AddMinutes(1)) errors[nameof(form.ReceivedAt)] = l["Complaints.Error.InFuture"];
        if (form.LetterDate is not { } date) errors[nameof(form.LetterDate)] = l["Complaints.Error.LetterDateRequired"];
        else if (form.ReceivedAt is { } at && date.Date > at.Date) errors[nameof(form.LetterDate)] = l["Complaints.Error.LetterAfterReceipt"];
        if (form.FromMemberId is null) errors[nameof(form.FromMemberId)] = l["Complaints.Error.HeadRequired"];
        Text(errors, nameof(form.LetterNumber), form.LetterNumber, 100, "Complaints.Error.LetterNumberRequired");
        Text(errors, nameof(form.Subject), form.Subject, 500, "Complaints.Error.SubjectRequired");
        Text(errors, nameof(form.Summary), form.Summary, 4000, "Complaints.Error.SummaryRequired");
        if (!string.IsNullOrWhiteSpace(form.IncidentNumber) && form.IncidentNumber.Trim().Length > 32) errors[nameof(form.IncidentNumber)] = l["Appeal.TooLong", 32];
        return errors;
    }

    public Dictionary<string, string> Validate(ComplaintAnswerForm form)
    {
        var errors = new Dictionary<string, string>();
        if (form.Priority is null) errors[nameof(form.Priority)] = l["Complaints.Error.PriorityRequired"];
        Text(errors, nameof(form.Causes), form.Causes, 4000, "Complaints.Error.CausesRequired");
        if (form.Confirmed is null) errors[nameof(form.Confirmed)] = l["Complaints.Error.ConfirmedRequired"];
        if (form.Confirmed == true)
        {
            if (form.FixBy is not { } fixBy) errors[nameof(form.FixBy)] = l["Complaints.Error.FixByRequired"];
            else if (form.FixStartAt is { } start && start > fixBy) errors[nameof(form.FixBy)] = l["Complaints.Error.FixBeforeStart"];
        }
        return errors;
    }

    private void Text(Dictionary<string, string> errors, string field, string? value, int max, string requiredKey)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = l[requiredKey];
        else if (value.Trim().Length > max) errors[field] = l["Appeal.TooLong", max];
        else if (Localization.TextFieldRules.Problem(l, value) is { } problem) errors[field] = problem;
    }
}
