using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Commands;

/// <summary>A form's field errors from its last <see cref="CommandResult"/>, in the page's language: what a form's
/// inputs bind <c>Error</c> and <c>ErrorText</c> to, instead of each form keeping its own dictionary and helpers.</summary>
public sealed class FieldMessages
{
    private IReadOnlyDictionary<string, ResourceText> errors = new Dictionary<string, ResourceText>();
    private IStringLocalizer? l;

    public int Count => errors.Count;

    public IEnumerable<string> All => errors.Values.Select(e => l!.Text(e));

    public void Show(CommandResult result, IStringLocalizer localizer) => Show(result.FieldErrors, localizer);

    public void Show(IReadOnlyDictionary<string, ResourceText> fieldErrors, IStringLocalizer localizer) => (errors, l) = (fieldErrors, localizer);

    public void Clear() => errors = new Dictionary<string, ResourceText>();

    public bool Has(string field) => errors.ContainsKey(field);

    /// <summary>The field's message, or null when it has none.</summary>
    public string? this[string field] => errors.TryGetValue(field, out var error) ? l!.Text(error) : null;
}
