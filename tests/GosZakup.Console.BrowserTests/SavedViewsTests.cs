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
        var count = int.Parse((await unassigned.GetAttributeAsync("data-count"))!);
        await Expect(session.ByTestId("incidents-link")).ToHaveCountAsync(count);

        await session.ByTestId("view-save").ClickAsync();
        await session.Field("view-name").PressSequentiallyAsync(name, new() { Delay = 40 });
        await session.ByTestId("view-save-confirm").ClickAsync();
        var mine = session.Page.Locator($"[data-testid=view-chip][data-view='{name}']");
        await Expect(mine).ToHaveAttributeAsync("data-count", count.ToString());
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/incidents\?view=unassigned&saved=[0-9a-f-]+$"));

        // Kept on the server: still there after a reload.
        await session.Page.ReloadAsync();
        await session.WaitForCircuitAsync();
        await Expect(mine).ToBeVisibleAsync();
        await session.Page.Locator($"[data-testid=view-delete][data-view='{name}']").ClickAsync();
        await Expect(mine).ToHaveCountAsync(0);
    }
}
