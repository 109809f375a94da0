using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>One test's own browser context (cookies, culture) and page against the running console.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;

    private BrowserSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Opens a fresh context whose browser asks for Russian, like most users of the console; with
    /// <paramref name="javaScript"/> false, a visitor's browser with JavaScript turned off. With
    /// <paramref name="clientAddress"/> its requests come through the (loopback) proxy from that address, so that the
    /// sign-in throttle counts it apart from every other test.</summary>
    public static async Task<BrowserSession> OpenAsync(ConsoleApp app, Chromium chromium, bool javaScript = true, string? clientAddress = null)
    {
        var browser = chromium.Require();
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "ru-RU",
            ViewportSize = new() { Width = 1366, Height = 860 },
            JavaScriptEnabled = javaScript,
            ExtraHTTPHeaders = clientAddress is null ? null : new Dictionary<string, string> { ["X-Forwarded-For"] = clientAddress },
        });
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public ILocator ByTestId(string testId) => Page.GetByTestId(testId);

    /// <summary>A MudBlazor text field's input or textarea, whether the test id sits on it or around it.</summary>
    public ILocator Field(string testId) =>
        Page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>Fills the static sign-in form and posts it; the caller checks the outcome.</summary>
    public async Task SubmitSignInAsync(string email, string password)
    {
        if (!Page.Url.Contains("/account/login", StringComparison.Ordinal))
            await Page.GotoAsync("/account/login");
        await ByTestId("login-email").FillAsync(email);
        await ByTestId("login-password").FillAsync(password);
        await ByTestId("login-submit").ClickAsync();
    }

    /// <summary>Signs in with the right password and waits for the console's shell.</summary>
    public async Task SignInAsync(string email)
    {
        await Page.GotoAsync("/account/login");
        await SubmitSignInAsync(email, DemoUsers.Password);
        await Expect(ByTestId("nav-menu")).ToBeVisibleAsync();
    }

    /// <summary>Waits until the page's Blazor circuit is live: the Astana clock only moves over a connected
    /// circuit, so a tick proves that clicks now reach the server.</summary>
    public async Task WaitForCircuitAsync()
    {
        var time = ByTestId("astana-clock-time");
        var prerendered = await time.TextContentAsync();
        await Expect(time).Not.ToHaveTextAsync(prerendered ?? "");
    }

    /// <summary>Opens the app bar's language menu and picks a language. A click on the prerendered menu
    /// button does nothing until the circuit is connected, so this waits for the circuit first and then
    /// clicks again (a bounded number of times) only while the menu is still closed.</summary>
    public async Task ChooseLanguageInAppBarAsync(string culture)
    {
        await WaitForCircuitAsync();
        var activator = ByTestId("language-switch").Locator("button").First;
        var item = ByTestId($"lang-{culture}");
        for (var attempt = 1; ; attempt++)
        {
            if (!await item.IsVisibleAsync())
                await activator.ClickAsync();
            try
            {
                await item.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 5)
            {
                // The menu did not open yet: look again, and click again if it is still closed.
            }
        }
        await item.ClickAsync();
    }

    /// <summary>Saves a PNG for a human to look at, only when BROWSER_TESTS_SHOTS names a folder
    /// (the README's screenshots are made this way).</summary>
    public async Task ScreenshotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("BROWSER_TESTS_SHOTS") is not { Length: > 0 } folder)
            return;
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png") });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
