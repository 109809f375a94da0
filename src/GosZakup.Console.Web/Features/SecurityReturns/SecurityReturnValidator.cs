using System.Text.RegularExpressions;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Localization;

namespace GosZakup.Console.Web.Features.SecurityReturns;

/// <summary>Checks the security-return forms at the edge; field names as in the forms. Times are Astana wall-clock
/// times and may not lie in the future. Errors are resource keys, translated where they are shown.</summary>
public sealed partial class SecurityReturnValidator(TimeProvider clock)
{
    // A typed minute may run a little ahead of the server's clock.
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(2);

    public Dictionary<string, ResourceText> Validate(ReturnForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        When(errors, nameof(form.ReturnedAt), form.ReturnedAt);
        Text(errors, nameof(form.Note), form.Note, 500, required: false);
        return errors;
    }

    public Dictionary<string, ResourceText> Validate(CreditForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        When(errors, nameof(form.CreditedAt), form.CreditedAt);
        if (form.CreditedTo is null || !Enum.IsDefined(form.CreditedTo.Value))
            errors[nameof(form.CreditedTo)] = new("SecurityReturns.Error.CreditedToRequired");
        return errors;
    }

    public Dictionary<string, ResourceText> Validate(LetterForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        When(errors, nameof(form.ReceivedAt), form.ReceivedAt);
        Text(errors, nameof(form.Reference), form.Reference, 100, required: true);
        Text(errors, nameof(form.OrganiserName), form.OrganiserName, 500, required: true);
        Bin(errors, nameof(form.OrganiserBin), form.OrganiserBin);
        Text(errors, nameof(form.CustomerHeadName), form.CustomerHeadName, 256, required: true);
        Text(errors, nameof(form.Beneficiary), form.Beneficiary, 500, required: true);
        Bin(errors, nameof(form.BeneficiaryBin), form.BeneficiaryBin);
        Text(errors, nameof(form.BeneficiaryBank), form.BeneficiaryBank, 500, required: true);
        if (!IikPattern().IsMatch(Clean(form.Iik))) errors[nameof(form.Iik)] = new("SecurityReturns.Error.Iik");
        if (!BicPattern().IsMatch(Clean(form.Bic))) errors[nameof(form.Bic)] = new("SecurityReturns.Error.Bic");
        return errors;
    }

    public Dictionary<string, ResourceText> Validate(RefundForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        When(errors, nameof(form.RefundedAt), form.RefundedAt);
        Text(errors, nameof(form.PaymentReference), form.PaymentReference, 100, required: true);
        When(errors, nameof(form.SupplierToldAt), form.SupplierToldAt);
        return errors;
    }

    /// <summary>An account or bank code as stored: no spaces, upper case.</summary>
    public static string Clean(string? code) => (code ?? "").Replace(" ", "").Trim().ToUpperInvariant();

    private void When(Dictionary<string, ResourceText> errors, string field, DateTime? astana)
    {
        if (astana is null) errors[field] = new("SecurityReturns.Error.DateRequired");
        else if (AstanaTime.FromWallClock(astana.Value) > clock.GetUtcNow().UtcDateTime + Slack) errors[field] = new("SecurityReturns.Error.Future");
    }

    private static void Bin(Dictionary<string, ResourceText> errors, string field, string? bin)
    {
        if (!BinPattern().IsMatch((bin ?? "").Trim())) errors[field] = new("SecurityReturns.Error.Bin");
    }

    private static void Text(Dictionary<string, ResourceText> errors, string field, string? text, int max, bool required) =>
        TextFieldRules.Check(errors, field, text, max, required, "SecurityReturns.Error.Required");

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex BinPattern();

    // IIK: "KZ" and 18 more characters (two check digits, the bank's code, the account), an IBAN of 20.
    [GeneratedRegex("^KZ[0-9A-Z]{18}$")]
    private static partial Regex IikPattern();

    // BIC (SWIFT code) of a Kazakh bank: 8 letters or digits, e.g. HSBKKZKX.
    [GeneratedRegex("^[A-Z0-9]{8}$")]
    private static partial Regex BicPattern();
}
