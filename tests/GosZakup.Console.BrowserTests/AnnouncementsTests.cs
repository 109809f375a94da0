using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Main-page announcements (R2 §15.2, §24): drafted and published by the staff, read by anyone.</summary>
public sealed class AnnouncementsTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task An_operator_publishes_planned_works_and_an_anonymous_visitor_reads_them_on_the_page_and_in_the_feed()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await using (var staff = await BrowserSession.OpenAsync(app, chromium))
        {
            await staff.SignInAsync(DemoUsers.Operator);
            await staff.Page.GotoAsync("/announcements/manage");
            await staff.WaitForCircuitAsync();

            await staff.ByTestId("announcement-new-planned-works").ClickAsync();
            await staff.Field("announcement-title-kk").FillAsync($"Жоспарлы жұмыстар {marker}");
            await staff.Field("announcement-title-ru").FillAsync($"Плановые работы {marker}");
            await staff.ByTestId("announcement-save").ClickAsync();
            var thread = staff.ByTestId("announcement-thread").Filter(new() { HasText = marker });
            await Expect(thread.Locator("[data-state=Draft]")).ToBeVisibleAsync();

            await thread.GetByTestId("announcement-publish").ClickAsync();
            await staff.ByTestId("publish-confirm").ClickAsync();
            await Expect(thread.Locator("[data-state=Published]")).ToBeVisibleAsync();
            await staff.ScreenshotAsync("announcements-manage");
        }

        await using var visitor = await BrowserSession.OpenAsync(app, chromium);
        await visitor.Page.GotoAsync("/announcements");
        await Expect(visitor.ByTestId("announcement").Filter(new() { HasText = marker })).ToContainTextAsync($"Плановые работы {marker}");
        await Expect(visitor.ByTestId("announcements-manage")).ToHaveCountAsync(0);
        var feed = await visitor.Page.APIRequest.GetAsync("/announcements/feed.atom");
        Assert.Contains($"Жоспарлы жұмыстар {marker} / Плановые работы {marker}", await feed.TextAsync());
        await visitor.ScreenshotAsync("announcements");
    }
}
