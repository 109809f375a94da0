namespace GosZakup.Console.Web.Security;

/// <summary>Guards redirects after sign-in and language changes against open redirects.</summary>
public static class LocalUrl
{
    /// <summary>A path of this site: one leading '/', not "//" or "/\\" (another host), and no control character, which no
    /// address holds and which a Location header cannot carry (it answered 500).</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);

    /// <summary>The address to redirect to: a local one as an ASCII header value (letters beyond ASCII percent-encoded as
    /// UTF-8, as browsers send them), anything else the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? AsciiOnly(url!) : "/";

    private static string AsciiOnly(string url)
    {
        if (url.All(char.IsAscii))
            return url;
        var ascii = new System.Text.StringBuilder(url.Length * 2);
        foreach (var rune in url.EnumerateRunes())
            ascii.Append(rune.IsAscii ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        return ascii.ToString();
    }
}
