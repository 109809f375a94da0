using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Issue 16 §6: axe-core on the pages each role works in, signed in as that role, at 1366 px. Serious and
/// critical violations must be none. Each run prints its figures (violations by impact, rules checked) and, when
/// AXE_REPORT names a file, appends them there (docs/accessibility.md is written from it).</summary>
public sealed class AccessibilityTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task The_sign_in_page_has_no_serious_or_critical_violations()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.Page.GotoAsync("/account/login");
        await Expect(session.ByTestId("login-submit")).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(session, "sign-in");
    }

    [Theory]
    [InlineData("inbox", DemoUsers.Operator, "/inbox")]
    [InlineData("journal", DemoUsers.Operator, "/journal")]
    [InlineData("dashboard", DemoUsers.Manager, "/dashboard")]
    [InlineData("acts", DemoUsers.Supervisor, "/acts")]
    [InlineData("act (signed)", DemoUsers.Supervisor, "/acts/" + DemoRecords.SignedAct)]
    public async Task A_desk_page_has_no_serious_or_critical_violations(string name, string user, string path)
    {
        await using var session = await OpenSignedInAsync(user, path);

        await AssertNoSeriousViolationsAsync(session, name);
    }

    [Fact]
    public async Task The_incident_page_has_no_serious_or_critical_violations()
    {
        await using var session = await OpenSignedInAsync(DemoUsers.Specialist, "/incidents/" + await DemoRecords.IncidentOfSignedActAsync(app));
        await Expect(session.ByTestId("incident-status")).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync(session, "incident");
    }

    private async Task<BrowserSession> OpenSignedInAsync(string user, string path)
    {
        var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(user);
        await session.Page.GotoAsync(path);
        await session.WaitForCircuitAsync();
        await Expect(session.Page.Locator("h1").First).ToBeVisibleAsync();
        return session;
    }

    private static async Task AssertNoSeriousViolationsAsync(BrowserSession session, string name)
    {
        var result = await session.Page.RunAxe();
        var byImpact = result.Violations.GroupBy(v => v.Impact ?? "none").ToDictionary(g => g.Key, g => g.Count());
        var rules = result.Passes.Length + result.Violations.Length + result.Incomplete.Length + result.Inapplicable.Length;
        var figures = $"| {name} | {Count("critical")} | {Count("serious")} | {Count("moderate")} | {Count("minor")} | {rules} | "
            + string.Join(", ", result.Violations.Select(v => $"{v.Id} ({v.Impact}, {v.Nodes.Length})")) + " |";
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        if (Environment.GetEnvironmentVariable("AXE_REPORT") is { Length: > 0 } report)
            await File.AppendAllTextAsync(report, figures + Environment.NewLine, TestContext.Current.CancellationToken);

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{name}: " + string.Join(Environment.NewLine, serious.Select(Describe)));
        // One h1 per page, inside the one <main> landmark (axe reports these as moderate only).
        await Expect(session.Page.Locator("main")).ToHaveCountAsync(1);
        await Expect(session.Page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(session.Page.Locator("main h1")).ToHaveCountAsync(1);

        int Count(string impact) => byImpact.GetValueOrDefault(impact);
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help}" + Environment.NewLine
        + string.Join(Environment.NewLine, violation.Nodes.Take(5).Select(n => $"    {n.Target} {n.Html}"));
}
