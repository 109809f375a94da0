using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(GosZakup.Console.BrowserTests.Chromium))]

namespace GosZakup.Console.BrowserTests;

/// <summary>One headless Debian Chromium for the assembly; each test opens its own context in it.
/// Playwright never downloads a browser here: it drives the one at <see cref="ExecutablePath"/>.</summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            // Locally a missing browser skips the tests (see Require); in CI it is a failure, never a skip.
            if (InCi)
                throw new InvalidOperationException($"Chromium is missing at {ExecutablePath}; the CI image must have it (apt-get install -y chromium).");
            return;
        }
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>The browser, or a skipped test when Chromium is not installed outside CI.</summary>
    public IBrowser Require()
    {
        if (browser is not null)
            return browser;
        if (InCi)
            throw new InvalidOperationException($"Chromium is missing at {ExecutablePath}; browser tests never skip in CI.");
        Assert.Skip($"Chromium is not installed at {ExecutablePath}; install it with: apt-get install -y chromium");
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
