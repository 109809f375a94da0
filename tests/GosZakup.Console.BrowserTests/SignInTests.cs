using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The static sign-in page: refusals are explained, and five wrong passwords lock the account.</summary>
public sealed class SignInTests(ConsoleApp app, Chromium chromium)
{
    private const string WrongPassword = "Wrong-2026!";
    private const string Invalid = "Неверный адрес электронной почты или пароль.";
    private const string LockedOut = "Слишком много неудачных попыток: учётная запись заблокирована до";

    [Fact]
    public async Task Sign_in_page_renders_in_Russian_by_default()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.Page.GotoAsync("/");

        await Expect(session.Page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(session.ByTestId("login-submit")).ToHaveTextAsync("Войти");
        await Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(session.ByTestId("demo-accounts")).ToContainTextAsync(DemoUsers.Operator);
        await session.ScreenshotAsync("login");
    }

    [Fact]
    public async Task A_wrong_password_shows_a_clear_message_and_keeps_the_user_out()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.Page.GotoAsync("/account/login");

        await session.SubmitSignInAsync(DemoUsers.Specialist, WrongPassword);

        await Expect(session.ByTestId("login-error"))
            .ToHaveTextAsync($"{Invalid} Осталось попыток до блокировки учётной записи: 4.");
        await Expect(session.Page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(session.ByTestId("nav-menu")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_message_without_a_hint()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.Page.GotoAsync("/account/login");

        await session.SubmitSignInAsync("nobody@demo.kz", WrongPassword);

        await Expect(session.ByTestId("login-error")).ToHaveTextAsync(Invalid);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.Page.GotoAsync("/account/login");

        for (var left = 4; left >= 1; left--)
        {
            await session.SubmitSignInAsync(DemoUsers.LockoutVictim, WrongPassword);
            await Expect(session.ByTestId("login-error"))
                .ToHaveTextAsync($"{Invalid} Осталось попыток до блокировки учётной записи: {left}.");
        }

        await session.SubmitSignInAsync(DemoUsers.LockoutVictim, WrongPassword);
        await Expect(session.ByTestId("login-error")).ToContainTextAsync(LockedOut);

        // Locked means locked: the right password is refused too, with the same explanation.
        await session.SubmitSignInAsync(DemoUsers.LockoutVictim, DemoUsers.Password);
        await Expect(session.ByTestId("login-error")).ToContainTextAsync(LockedOut);
        await Expect(session.ByTestId("nav-menu")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Specialist);

        await session.ByTestId("sign-out").ClickAsync();

        await Expect(session.Page).ToHaveURLAsync(new Regex("/account/login"));
        await session.Page.GotoAsync("/journal");
        await Expect(session.Page).ToHaveURLAsync(new Regex("/account/login"));
    }
}
