using GosZakup.Console.Domain.Identifiers;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>Checks an Act draft at the edge; field names as in <see cref="ActForm"/> (suppliers as "Suppliers[i].Field").</summary>
public sealed class ActValidator(IStringLocalizer<SharedResource> l)
{
    public const int MaxSuppliers = 500;

    public Dictionary<string, string> Validate(ActForm form, bool submitting)
    {
        var errors = new Dictionary<string, string>();
        if (form.FailureFrom is null) errors[nameof(form.FailureFrom)] = l["Acts.Error.FromRequired"];
        if (form.FailureTo is null) errors[nameof(form.FailureTo)] = l["Acts.Error.ToRequired"];
        else if (form.FailureFrom is not null && form.FailureTo <= form.FailureFrom) errors[nameof(form.FailureTo)] = l["Acts.Error.ToBeforeFrom"];
        Text(errors, nameof(form.SystemModule), form.SystemModule, 100, required: true);
        Text(errors, nameof(form.ProcurementNumbers), form.ProcurementNumbers, 1000, required: true);
        Text(errors, nameof(form.LotNumbers), form.LotNumbers, 1000, required: false);
        Text(errors, nameof(form.CauseKk), form.CauseKk, 2000, required: true);
        Text(errors, nameof(form.CauseRu), form.CauseRu, 2000, required: true);
        if (form.Suppliers.Count > MaxSuppliers) errors[nameof(form.Suppliers)] = l["Acts.Error.TooManySuppliers", MaxSuppliers];
        if (submitting && form.Suppliers.Count == 0) errors[nameof(form.Suppliers)] = l["Acts.Error.NoSuppliers"];
        for (var i = 0; i < form.Suppliers.Count && i < MaxSuppliers; i++)
        {
            var supplier = form.Suppliers[i];
            var at = $"Suppliers[{i}].";
            Text(errors, at + nameof(supplier.Name), supplier.Name, 500, required: true);
            if (!TaxpayerNumber.TryParse(supplier.TaxpayerNumber, out _, out _)) errors[at + nameof(supplier.TaxpayerNumber)] = l["Acts.Error.BadTaxpayer"];
            Text(errors, at + nameof(supplier.ProcurementNumber), supplier.ProcurementNumber, 40, required: true);
            Text(errors, at + nameof(supplier.LotNumber), supplier.LotNumber, 60, required: false);
            if (supplier.SecurityAmount is < 0) errors[at + nameof(supplier.SecurityAmount)] = l["Acts.Error.NegativeAmount"];
        }
        return errors;
    }

    private void Text(Dictionary<string, string> errors, string field, string? text, int max, bool required) =>
        Localization.TextFieldRules.Check(errors, l, field, text, max, required, "Acts.Error.Required");
}
