using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Kazakh, Russian and English: the app bar's language menu and the sign-in page's links.</summary>
public sealed class LanguageTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task Switching_to_Kazakh_shows_Kazakh_labels_and_is_remembered()
    {
        await using (var session = await BrowserSession.OpenAsync(app, chromium))
        {
            await session.SignInAsync(DemoUsers.LanguageSwitcher);
            await Expect(session.ByTestId("nav-")).ToContainTextAsync("Главная");
            await Expect(session.ByTestId("nav-journal")).ToContainTextAsync("Журнал регистрации");

            await session.ChooseLanguageInAppBarAsync("kk-KZ");

            await Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "kk");
            await Expect(session.ByTestId("nav-")).ToContainTextAsync("Басты бет");
            await Expect(session.ByTestId("nav-journal")).ToContainTextAsync("Тіркеу журналы");
            await Expect(session.ByTestId("nav-dashboard")).ToContainTextAsync("SLA тақтасы");
            await Expect(session.ByTestId("astana-clock")).ToContainTextAsync("Астана");
            await session.ScreenshotAsync("kazakh-home");
        }

        // The choice is saved to the profile: a new browser (Russian by its own settings) signs in to Kazakh.
        await using (var again = await BrowserSession.OpenAsync(app, chromium))
        {
            await again.SignInAsync(DemoUsers.LanguageSwitcher);
            await Expect(again.ByTestId("nav-")).ToContainTextAsync("Басты бет");
        }
    }

    [Fact]
    public async Task Each_user_gets_the_language_kept_in_their_profile()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Admin);

        await Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(session.ByTestId("nav-")).ToContainTextAsync("Home");
        await Expect(session.ByTestId("nav-admin-users")).ToContainTextAsync("Users");
        await Expect(session.ByTestId("astana-clock")).ToContainTextAsync("Astana");
    }

    [Fact]
    public async Task Sign_in_page_language_links_switch_the_page_language()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.Page.GotoAsync("/account/login");
        await Expect(session.ByTestId("login-submit")).ToHaveTextAsync("Войти");

        await session.ByTestId("lang-kk-KZ").ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(session.ByTestId("login-submit")).ToHaveTextAsync("Кіру");
        await Expect(session.ByTestId("lang-kk-KZ")).ToHaveClassAsync("current");

        await session.ByTestId("lang-en-US").ClickAsync();
        await Expect(session.ByTestId("login-submit")).ToHaveTextAsync("Sign in");

        await session.ByTestId("lang-ru-RU").ClickAsync();
        await Expect(session.ByTestId("login-submit")).ToHaveTextAsync("Войти");
    }
}
