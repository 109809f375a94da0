using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Issue 16 §3: the incidents list's views as chips with live counts, in the address, and a view of the user's own.</summary>
public sealed class SavedViewsTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_Specialist_opens_a_built_in_view_saves_a_view_of_their_own_and_deletes_it()
    {
        var name = $"Вид {Guid.NewGuid():N}"[..10];
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Specialist);
        await session.Page.GotoAsync("/incidents");
        await session.WaitForCircuitAsync();

        var unassigned = session.Page.Locator("[data-testid=view-chip][data-view=unassigned]");
        await Expect(unassigned).ToHaveAttributeAsync("data-count", new Regex(@"^\d+$"));
        await unassigned.ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/incidents\?view=unassigned$"));
        // Other tests register incidents nobody has taken yet meanwhile: the chip and the list agree, whatever their number.
        var count = await AgreeingCountAsync(unassigned, () => session.ByTestId("incidents-link").CountAsync());

        await session.ByTestId("view-save").ClickAsync();
        await session.Field("view-name").PressSequentiallyAsync(name, new() { Delay = 40 });
        await session.ByTestId("view-save-confirm").ClickAsync();
        var mine = session.Page.Locator($"[data-testid=view-chip][data-view='{name}']");
        await AgreeingCountAsync(mine, async () => int.Parse(await unassigned.GetAttributeAsync("data-count") ?? "-1"));
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/incidents\?view=unassigned&saved=[0-9a-f-]+$"));

        // Kept on the server: still there after a reload.
        await session.Page.ReloadAsync();
        await session.WaitForCircuitAsync();
        await Expect(mine).ToBeVisibleAsync();
        await session.Page.Locator($"[data-testid=view-delete][data-view='{name}']").ClickAsync();
        await Expect(mine).ToHaveCountAsync(0);
    }

    /// <summary>The chip's count once it equals what <paramref name="other"/> counts, asked again until both agree (the expect
    /// timeout at most).</summary>
    private static async Task<int> AgreeingCountAsync(Microsoft.Playwright.ILocator chip, Func<Task<int>> other)
    {
        var (shown, counted) = (-1, -2);
        for (var waited = 0; waited < 15_000; waited += 250)
        {
            shown = int.TryParse(await chip.GetAttributeAsync("data-count"), out var value) ? value : -1;
            counted = await other();
            if (shown == counted && shown >= 0) return shown;
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"the chip says {shown}, the other count is {counted}");
        return shown;
    }
}
