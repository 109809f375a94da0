using GosZakup.Console.Domain.Identifiers;
using GosZakup.Console.Web.Commands;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>Checks an Act draft at the edge; field names as in <see cref="ActForm"/> (suppliers as "Suppliers[i].Field"), errors as
/// resource keys the page translates.</summary>
public sealed class ActValidator
{
    public const int MaxSuppliers = 500;

    public Dictionary<string, ResourceText> Validate(ActForm form, bool submitting)
    {
        var errors = new Dictionary<string, ResourceText>();
        if (form.FailureFrom is null) errors[nameof(form.FailureFrom)] = new("Acts.Error.FromRequired");
        if (form.FailureTo is null) errors[nameof(form.FailureTo)] = new("Acts.Error.ToRequired");
        else if (form.FailureFrom is not null && form.FailureTo <= form.FailureFrom) errors[nameof(form.FailureTo)] = new("Acts.Error.ToBeforeFrom");
        Text(errors, nameof(form.SystemModule), form.SystemModule, 100, required: true);
        Text(errors, nameof(form.ProcurementNumbers), form.ProcurementNumbers, 1000, required: true);
        Text(errors, nameof(form.LotNumbers), form.LotNumbers, 1000, required: false);
        Text(errors, nameof(form.CauseKk), form.CauseKk, 2000, required: true);
        Text(errors, nameof(form.CauseRu), form.CauseRu, 2000, required: true);
        if (form.Suppliers.Count > MaxSuppliers) errors[nameof(form.Suppliers)] = new("Acts.Error.TooManySuppliers", MaxSuppliers);
        if (submitting && form.Suppliers.Count == 0) errors[nameof(form.Suppliers)] = new("Acts.Error.NoSuppliers");
        for (var i = 0; i < form.Suppliers.Count && i < MaxSuppliers; i++)
        {
            var supplier = form.Suppliers[i];
            var at = $"Suppliers[{i}].";
            Text(errors, at + nameof(supplier.Name), supplier.Name, 500, required: true);
            if (!TaxpayerNumber.TryParse(supplier.TaxpayerNumber, out _, out _)) errors[at + nameof(supplier.TaxpayerNumber)] = new("Acts.Error.BadTaxpayer");
            Text(errors, at + nameof(supplier.ProcurementNumber), supplier.ProcurementNumber, 40, required: true);
            Text(errors, at + nameof(supplier.LotNumber), supplier.LotNumber, 60, required: false);
            if (supplier.SecurityAmount is < 0) errors[at + nameof(supplier.SecurityAmount)] = new("Acts.Error.NegativeAmount");
        }
        return errors;
    }

    private static void Text(Dictionary<string, ResourceText> errors, string field, string? text, int max, bool required) =>
        Localization.TextFieldRules.Check(errors, field, text, max, required, "Acts.Error.Required");
}
