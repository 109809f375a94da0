using System.Net;
using System.Text.RegularExpressions;
using GosZakup.Console.Web.Features.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Security;

/// <summary>Real posts to the sign-in form, each test from its own client addresses and, where it runs up failures
/// against an account, with its own user, so that no other test's sign-in is slowed. The factory sets the first wait to
/// 30 s (1 s by default), so that a wait cannot run out between two steps of a test on a busy machine.</summary>
public partial class SignInThrottleTests(ConsoleFactory factory)
{
    private const string StrongPassword = "Strong-Pass-2026";
    private const string WrongPassword = "Wrong-Pass-2026!";
    private const string Invalid = "Неверный адрес электронной почты или пароль.";
    private const string Wait = "Слишком много попыток входа. Подождите";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> NewAdminAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}"[..20] + "@test.kz";
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync(new UserForm
        {
            Email = email, FullName = "Test admin", FullNameKk = "Сынақ Әкімші", FullNameRu = "Тестовый Администратор", Roles = ["Admin"],
            Password = StrongPassword,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Keys) + result.Refusal);
        return email;
    }

    /// <summary>The refusal the page shows, or null when the sign-in went through (a redirect).</summary>
    private static async Task<string?> AttemptAsync(HttpClient client, string email, string password)
    {
        var response = await SignIn.PostAsync(client, email, password);
        if (response.StatusCode == HttpStatusCode.Redirect) return null;
        var page = await response.Content.ReadAsStringAsync(Ct);
        return WebUtility.HtmlDecode(LoginError().Match(page).Groups[1].Value);
    }

    [Fact]
    public async Task A_known_and_an_unknown_email_get_the_same_answer()
    {
        var known = await NewAdminAsync();

        var forKnown = await AttemptAsync(ClientAddress.From(factory, "10.17.1.1"), known, WrongPassword);
        var forUnknown = await AttemptAsync(ClientAddress.From(factory, "10.17.1.2"), "nobody-" + known, WrongPassword);

        Assert.Equal(Invalid, forKnown);
        Assert.Equal(forKnown, forUnknown);
    }

    [Fact]
    public async Task Rapid_attempts_from_one_address_are_told_to_wait_and_do_not_check_the_password()
    {
        var client = ClientAddress.From(factory, "10.17.2.1");
        var answers = new List<string?>();
        for (var attempt = 0; attempt < 12; attempt++)
            answers.Add(await AttemptAsync(client, $"nobody-{attempt}@test.kz", WrongPassword));
        var victim = await NewAdminAsync();
        var rightPassword = await AttemptAsync(client, victim, StrongPassword);

        Assert.All(answers.Take(5), answer => Assert.Equal(Invalid, answer));
        Assert.All(answers.Skip(5), answer => Assert.Matches(Wait + @" \d+ с", answer!));
        Assert.StartsWith(Wait, rightPassword); // even the right password waits: the attacker learns nothing sooner
    }

    [Fact]
    public async Task A_burst_of_parallel_attempts_gets_no_more_guesses_than_the_free_allowance()
    {
        var clients = Enumerable.Range(0, 20).Select(_ => ClientAddress.From(factory, "10.17.3.1")).ToList();

        var answers = await Task.WhenAll(clients.Select((client, i) => AttemptAsync(client, $"burst-{i}@test.kz", WrongPassword)));

        Assert.InRange(answers.Count(a => a == Invalid), 1, 5);
        Assert.All(answers.Where(a => a != Invalid), answer => Assert.StartsWith(Wait, answer));
    }

    [Fact]
    public async Task An_attackers_failures_from_one_address_do_not_keep_the_admin_out_from_another()
    {
        var admin = await NewAdminAsync();
        var attacker = ClientAddress.From(factory, "10.17.4.66");
        for (var attempt = 0; attempt < 15; attempt++)
            await AttemptAsync(attacker, admin, WrongPassword + attempt);

        Assert.StartsWith(Wait, await AttemptAsync(attacker, admin, WrongPassword));
        Assert.Null(await AttemptAsync(ClientAddress.From(factory, "10.17.4.1"), admin, StrongPassword));
    }

    [Fact]
    public async Task Failures_from_many_addresses_slow_a_new_browser_but_not_the_admins_own()
    {
        var admin = await NewAdminAsync();
        var ownBrowser = ClientAddress.From(factory, "10.17.5.1");
        Assert.Null(await AttemptAsync(ownBrowser, admin, StrongPassword)); // leaves the device cookie
        var answers = new List<string?>();
        for (var address = 1; address <= 14; address++)
            answers.Add(await AttemptAsync(ClientAddress.From(factory, $"10.18.5.{address}"), admin, WrongPassword));

        var fromNewBrowser = await AttemptAsync(ClientAddress.From(factory, "10.17.5.2"), admin, StrongPassword);
        var fromOwnBrowser = await AttemptAsync(ownBrowser, admin, StrongPassword);

        Assert.Equal(10, answers.Count(a => a == Invalid)); // the account's free allowance, then waits
        Assert.StartsWith(Wait, fromNewBrowser); // slowed (at most a minute a try), never locked
        Assert.Null(fromOwnBrowser);
    }

    [Fact]
    public async Task Wrong_passwords_no_longer_lock_the_account()
    {
        var admin = await NewAdminAsync();
        var client = ClientAddress.From(factory, "10.17.6.1");
        for (var attempt = 0; attempt < 5; attempt++)
            Assert.Equal(Invalid, await AttemptAsync(client, admin, WrongPassword));

        Assert.Null(await AttemptAsync(ClientAddress.From(factory, "10.17.6.2"), admin, StrongPassword));
    }

    [GeneratedRegex("data-testid=\"login-error\"[^>]*>([^<]*)<")]
    private static partial Regex LoginError();
}
