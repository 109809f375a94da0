using System.Globalization;
using System.Text.RegularExpressions;

namespace GosZakup.Console.Domain.Incidents;

/// <summary>The incident's unique identifier given at registration (R2 §8), e.g. <c>INC-2026-000123</c>:
/// one gap-free series per year.</summary>
public sealed partial record IncidentNumber(int Year, int Sequence)
{
    public static IncidentNumber Parse(string text)
    {
        var match = Pattern().Match(text ?? "");
        if (!match.Success) throw new FormatException($"'{text}' is not an incident number like INC-2026-000123.");
        return new IncidentNumber(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"INC-{Year:0000}-{Sequence:000000}");

    [GeneratedRegex(@"^INC-(\d{4})-(\d{6,})$")]
    private static partial Regex Pattern();
}
