using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GosZakup.Console.Web.Localization;

/// <summary>MudBlazor's own texts (a pager's "Next page", a picker's "Open", a dialog's "Close", its converters' errors)
/// from our resources, as "Mud.{MudBlazor's key}", in the reader's language. A key we have not translated falls back to
/// MudBlazor's English.</summary>
public sealed class ConsoleMudLocalizer(IStringLocalizer<SharedResource> l) : MudLocalizer
{
    public const string Prefix = "Mud.";

    public override LocalizedString this[string key]
    {
        get
        {
            var text = l[Prefix + key];
            return text.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, text.Value);
        }
    }
}
