using System.Net;

namespace GosZakup.Console.IntegrationTests;

public class AccessTests(ConsoleFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/inbox")]
    [InlineData("/admin/users")]
    [InlineData("/hangfire")]
    public async Task An_anonymous_request_is_sent_to_sign_in(string path)
    {
        var response = await factory.NewClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/admin/users")]
    [InlineData("/audit")]
    [InlineData("/dashboard")]
    public async Task An_operator_is_refused_admin_and_management_pages_with_403(string path)
    {
        var client = await SignIn.AsAsync(factory, "operator@demo.kz");

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_refusal_page_explains_itself_in_the_users_language()
    {
        var client = await SignIn.AsAsync(factory, "operator@demo.kz"); // Kazakh is this user's language

        var body = await (await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)).Content
            .ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Кіруге тыйым салынған", body);
    }

    [Theory]
    [InlineData("operator@demo.kz", "/inbox")]
    [InlineData("admin@demo.kz", "/admin/users")]
    [InlineData("admin@demo.kz", "/hangfire")]
    [InlineData("manager@demo.kz", "/audit")]
    [InlineData("wg@demo.kz", "/reports")]
    public async Task A_role_opens_the_pages_its_policy_admits(string email, string path)
    {
        var client = await SignIn.AsAsync(factory, email);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_database_and_Hangfire_healthy()
    {
        var client = factory.NewClient();
        string body = "";
        // Hangfire's server announces itself on a background thread just after start.
        for (var attempt = 0; attempt < 50 && !body.Contains("\"status\":\"Healthy\",\"checks\""); attempt++)
        {
            body = await client.GetStringAsync("/health", TestContext.Current.CancellationToken);
            if (!body.Contains("\"status\":\"Healthy\",\"checks\"")) await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.Contains("\"status\":\"Healthy\",\"checks\"", body);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
        Assert.Contains("\"hangfire\":{\"status\":\"Healthy\"", body);
    }

    [Fact]
    public async Task Responses_carry_a_content_security_policy_and_no_framing()
    {
        var response = await factory.NewClient().GetAsync("/account/login", TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
