using System.Net;
using System.Text.RegularExpressions;

namespace GosZakup.Console.IntegrationTests;

/// <summary>Signs a test client in through the real sign-in form (antiforgery token and all).</summary>
public static partial class SignIn
{
    public const string DemoPassword = "Demo-2026!";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("/account/login", form);
    }

    public static async Task<HttpClient> AsAsync(ConsoleFactory factory, string email)
    {
        var client = factory.NewClient();
        var response = await PostAsync(client, email, DemoPassword);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} answered {(int)response.StatusCode}");
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
