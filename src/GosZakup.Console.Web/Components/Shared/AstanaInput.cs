using System.Globalization;
using MudBlazor;

namespace GosZakup.Console.Web.Components.Shared;

/// <summary>The converter of every date-and-time field (a datetime-local input, Astana wall-clock time). Blazor sends
/// such a value with seconds ("2026-11-23T17:35:00") while the browser is given it without them, so a plain
/// <c>Format="yyyy-MM-ddTHH:mm"</c> cannot read what the browser sends back: this reads both.</summary>
public static class AstanaInput
{
    private static readonly string[] Formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    public static IReversibleConverter<DateTime?, string?> DateTimeLocal { get; } = Conversions.From<DateTime?, string?>(
        value => value?.ToString(Formats[0], CultureInfo.InvariantCulture),
        text => DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null);
}
