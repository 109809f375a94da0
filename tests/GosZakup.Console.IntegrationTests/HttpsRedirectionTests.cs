using System.Net;

namespace GosZakup.Console.IntegrationTests;

public class HttpsRedirectionTests(ConsoleFactory factory)
{
    [Fact]
    public async Task A_plain_HTTP_request_by_host_name_is_redirected_to_HTTPS()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = "console.goszakup.local";

        var response = await factory.NewClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://console.goszakup.local/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Loopback_stays_on_plain_HTTP_for_the_two_command_start()
    {
        var response = await factory.NewClient().GetAsync("/account/login", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
