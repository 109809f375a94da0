using System.Net;
using System.Xml.Linq;
using GosZakup.Console.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests;

/// <summary>Issue 17: what the console offers a visitor who is not signed in works without a Blazor circuit (the
/// connection is for signed-in users only), and its public answers cannot be steered by the request's headers or query.</summary>
public class PublicPagesTests(ConsoleFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/verify")]
    [InlineData("/verify/acts/2026-001")]
    [InlineData("/verify/acts/no-such-act")]
    [InlineData("/announcements")]
    [InlineData("/account/login")]
    [InlineData("/status/404")]
    public async Task An_anonymous_page_is_rendered_whole_on_the_server_and_waits_for_no_circuit(string path)
    {
        var response = await factory.NewClient().GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        Assert.DoesNotContain("\"type\":\"server\"", html); // the marker of a component that would start a circuit
        Assert.Contains("href=\"/culture/set?culture=kk-KZ", html); // the languages as plain links
    }

    [Fact]
    public async Task The_feed_never_takes_its_links_from_a_forged_Host_header()
    {
        var response = await factory.NewClient().GetAsync("https://attacker.example/announcements/feed.atom", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var feed = XDocument.Parse(body).Root!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("attacker.example", body);
        // No Public:BaseUrl in the test host: the links stay relative to wherever the reader fetched the feed.
        Assert.Equal("/announcements/feed.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void A_configured_public_address_is_what_the_feed_and_the_Act_links_are_built_on()
    {
        var site = PublicSite.From(Settings(("Public:BaseUrl", "https://console.goszakup.gov.kz/")));
        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Web.Features.Announcements.AnnouncementFeed.Write([], site))).Root!;

        Assert.Equal("https://console.goszakup.gov.kz", site.BaseUrl);
        Assert.Equal("https://console.goszakup.gov.kz/announcements/feed.atom",
            feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("https://console.example.kz", PublicSite.From(Settings(("Acts:PublicBaseUrl", "https://console.example.kz"))).BaseUrl); // the older key
        Assert.Null(PublicSite.From(Settings()).BaseUrl);
        Assert.Throws<InvalidOperationException>(() => PublicSite.From(Settings(("Public:BaseUrl", "console.goszakup.gov.kz"))));
    }

    [Fact]
    public void The_Act_QR_code_is_built_on_the_public_address_not_on_the_signer_s_browser_address()
    {
        var services = new ServiceCollection();
        Web.Features.Acts.ActsRegistration.AddActs(services, Settings(("Public:BaseUrl", "https://console.goszakup.gov.kz")), Path.GetTempPath());
        using var provider = services.BuildServiceProvider();
        var pdf = provider.GetRequiredService<Web.Features.Acts.ActPdf>();

        Assert.Equal("https://console.goszakup.gov.kz/verify/acts/2026-001", pdf.VerificationUrl("2026-001", "https://attacker.example"));
    }

    [Theory]
    [InlineData("/journal%0d%0aSet-Cookie:%20x=1", "/")] // a header split: answered 500 before
    [InlineData("/journal%09", "/")]
    [InlineData("//attacker.example", "/")]
    [InlineData("/verify?x=%D0%B0%D0%BA%D1%82", "/verify?x=%D0%B0%D0%BA%D1%82")] // Cyrillic goes out percent-encoded
    [InlineData("/journal", "/journal")]
    public async Task The_language_switch_redirects_only_to_a_safe_local_address(string returnUrl, string location)
    {
        var response =
            await factory.NewClient().GetAsync($"/culture/set?culture=kk-KZ&returnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
