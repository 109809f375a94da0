using System.Text.RegularExpressions;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Commands;
using NodaTime;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>Checks an appeal at the edge, field by field, as resource keys the page or the API translates. Nothing is
/// saved while any error remains.</summary>
public sealed partial class AppealValidator
{
    private static readonly AppealChannel[] ChannelsWithContacts = [AppealChannel.Phone, AppealChannel.Email, AppealChannel.Letter, AppealChannel.Forum];

    public Dictionary<string, ResourceText> Validate(AppealForm form, Instant now)
    {
        var errors = new Dictionary<string, ResourceText>();
        void Check(string field, bool failed, string key, params object[] args)
        {
            if (failed && !errors.ContainsKey(field)) errors[field] = new(key, args);
        }

        Check(nameof(form.OrganisationName), string.IsNullOrWhiteSpace(form.OrganisationName), "Appeal.OrganisationRequired");
        Check(nameof(form.Description), string.IsNullOrWhiteSpace(form.Description), "Appeal.DescriptionRequired");
        foreach (var (field, value, max, multiLine) in TextFields(form))
            if (!errors.ContainsKey(field) && Localization.TextFieldRules.Fault(value, max, multiLine) is { } problem)
                errors[field] = problem;
        Numbers(errors, nameof(form.ProcurementNumbers), form.ProcurementNumbers);
        Numbers(errors, nameof(form.LotNumbers), form.LotNumbers);
        Check(nameof(form.TaxpayerNumber), !string.IsNullOrWhiteSpace(form.TaxpayerNumber)
            && !Domain.Identifiers.TaxpayerNumber.TryParse(form.TaxpayerNumber, out _, out _), "Appeal.TaxpayerNumberInvalid");
        Check(nameof(form.ContactEmail), !string.IsNullOrWhiteSpace(form.ContactEmail) && !IsEmail(form.ContactEmail), "Appeal.EmailInvalid");
        Check(nameof(form.ContactPhone), !string.IsNullOrWhiteSpace(form.ContactPhone) && !IsKazakhPhone(form.ContactPhone), "Appeal.PhoneInvalid");
        Check(nameof(form.ContactEmail), ChannelsWithContacts.Contains(form.Channel)
            && string.IsNullOrWhiteSpace(form.ContactEmail) && string.IsNullOrWhiteSpace(form.ContactPhone), "Appeal.ContactRequired");
        Check(nameof(form.ReceivedAt), form.ReceivedAt is null, "Appeal.ReceivedRequired");
        Check(nameof(form.ReceivedAt),
            form.ReceivedAt is { } received && !AppealRules.IsPlausibleReceivedAt(Instant.FromDateTimeUtc(AstanaTime.FromWallClock(received)), now),
            "Appeal.ReceivedImplausible");
        Check(nameof(form.DetectedAt), form.DetectedAt is { } detected && form.ReceivedAt is { } at && detected > at, "Appeal.DetectedAfterReceived");
        return errors;
    }


    /// <summary>One plain address with a dotted domain ("a@b.kz"), as typed, without a display name.</summary>
    public static bool IsEmail(string text) =>
        System.Net.Mail.MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim() && address.Host.Contains('.');

    /// <summary>Every text field with its length limit; lists of numbers may run over several lines.</summary>
    private static IEnumerable<(string Field, string? Value, int Max, bool MultiLine)> TextFields(AppealForm form) =>
    [
        (nameof(form.OrganisationName), form.OrganisationName, AppealRules.MaxOrganisationLength, false),
        (nameof(form.Description), form.Description, AppealRules.MaxDescriptionLength, true),
        (nameof(form.TaxpayerNumber), form.TaxpayerNumber, 32, false),
        (nameof(form.ContactEmail), form.ContactEmail, AppealRules.MaxEmailLength, false),
        (nameof(form.ContactPhone), form.ContactPhone, 32, false),
        (nameof(form.ProcurementNumbers), form.ProcurementNumbers, AppealRules.MaxNumberListLength, true),
        (nameof(form.LotNumbers), form.LotNumbers, AppealRules.MaxNumberListLength, true),
    ];

    /// <summary>A list of announcement or lot numbers: a bounded count of bounded numbers.</summary>
    private static void Numbers(Dictionary<string, ResourceText> errors, string field, string? list)
    {
        if (errors.ContainsKey(field)) return;
        var numbers = AppealRules.Numbers(list);
        if (numbers.Count > AppealRules.MaxNumbers) errors[field] = new("Appeal.TooManyNumbers", AppealRules.MaxNumbers);
        else if (numbers.Any(n => n.Length > AppealRules.MaxNumberLength)) errors[field] = new("Appeal.NumberTooLong", AppealRules.MaxNumberLength);
    }

    public static bool IsKazakhPhone(string text) => KazakhPhone().IsMatch(text.Trim());

    /// <summary>+7 7XX XXX XX XX or 8 7XX …, with optional spaces, dashes and brackets (mobile and city numbers).</summary>
    [GeneratedRegex(@"^(\+7|8)[\s\-]?\(?[67]\d{2}\)?[\s\-]?\d{3}[\s\-]?\d{2}[\s\-]?\d{2}$")]
    private static partial Regex KazakhPhone();
}
