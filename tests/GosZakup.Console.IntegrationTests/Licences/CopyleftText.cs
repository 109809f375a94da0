using System.Text.RegularExpressions;

namespace GosZakup.Console.IntegrationTests.Licences;

/// <summary>Whether a package's licence would put the whole console under the GPL or the AGPL. The LGPL (Hangfire) and
/// the MPL-2.0 (axe-core, in the browser tests only) bind only their own files, so they are allowed; a choice such as
/// "MIT OR GPL-2.0-only" is allowed when one of its branches is free of the GPL.</summary>
public static partial class CopyleftText
{
    public static bool BindsTheConsole(string licence)
    {
        if (licence.StartsWith("file ", StringComparison.Ordinal))
            return licence.EndsWith(": GPL", StringComparison.Ordinal) || licence.EndsWith(": AGPL", StringComparison.Ordinal);
        if (licence.StartsWith("url ", StringComparison.Ordinal))
            return GplUrl().IsMatch(licence);
        var branches = licence.Replace("(", " ").Replace(")", " ").Split(" OR ", StringSplitOptions.TrimEntries);
        return branches.All(branch => branch.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(id => GplIdentifier().IsMatch(id)));
    }

    /// <summary>What a licence file says it is: "AGPL", "GPL" (without the Lesser), "LGPL", or "other".</summary>
    public static string Classify(string text)
    {
        if (text.Contains("Affero General Public License", StringComparison.OrdinalIgnoreCase)) return "AGPL";
        if (text.Contains("Lesser General Public License", StringComparison.OrdinalIgnoreCase) || text.Contains("lgpl", StringComparison.OrdinalIgnoreCase))
            return "LGPL";
        if (text.Contains("GNU General Public License", StringComparison.OrdinalIgnoreCase)) return "GPL";
        return "other";
    }

    // SPDX GPL-2.0-only, GPL-3.0-or-later, AGPL-3.0-only …; LGPL-… starts with L and does not match.
    [GeneratedRegex(@"^A?GPL-", RegexOptions.IgnoreCase)]
    private static partial Regex GplIdentifier();

    [GeneratedRegex(@"/(a?gpl)(-|\.|\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GplUrl();
}
