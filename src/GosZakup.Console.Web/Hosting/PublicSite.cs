namespace GosZakup.Console.Web.Hosting;

/// <summary>The console's public address, <c>Public:BaseUrl</c> (e.g. <c>https://console.goszakup.gov.kz</c>; the older
/// <c>Acts:PublicBaseUrl</c> is read when it is empty). Links handed to people outside the console (the Atom feed, the
/// Act's QR code) are built on it and never on a request's Host header, which whoever sends the request chooses.
/// When neither is set, <see cref="BaseUrl"/> is null and such links stay relative to the address they were read at.</summary>
public sealed record PublicSite(string? BaseUrl)
{
    public static PublicSite From(IConfiguration config)
    {
        var text = FirstSet(config["Public:BaseUrl"], config["Acts:PublicBaseUrl"]);
        if (text is null)
            return new PublicSite(BaseUrl: null);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            throw new InvalidOperationException($"Public:BaseUrl is '{text}'; use the console's public address, e.g. https://console.goszakup.gov.kz.");
        return new PublicSite(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    /// <summary>The link to a path of the console (starting with '/'): absolute on the public address, or the path alone.</summary>
    public string Link(string path) => $"{BaseUrl}{path}";

    public static IServiceCollection AddPublicSite(IServiceCollection services, IConfiguration config) =>
        services.AddSingleton(From(config));

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
