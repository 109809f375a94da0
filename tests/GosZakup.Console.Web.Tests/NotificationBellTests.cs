using System.Security.Claims;
using Bunit;
using Bunit.Rendering;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Web.Features.Reminders;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class NotificationBellTests : ConsoleTestContext
{
    private static readonly DateTime At = new(2026, 11, 20, 7, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static NotificationRecord Reminder(string userId, int minutesAgo, DateTime? readAt = null, string incident = "INC-2026-000007") =>
        Read(NotificationText.Compose(userId, At.AddMinutes(-minutesAgo), "Notification.Reminder", $"/incidents/{incident}",
            "50", NotificationText.Resource("Duty.analyse"), "R2 §9", incident, "20.11.2026 14:10"), readAt);

    private const string Other = "INC-2026-000008";

    private static NotificationRecord Read(NotificationRecord notification, DateTime? readAt)
    {
        notification.ReadAtUtc = readAt;
        return notification;
    }

    private async Task<IRenderedComponent<ContainerFragment>> RenderAsync(params NotificationRecord[] notifications)
    {
        AddAuthorization().SetAuthorized("op@test.kz").SetClaims(new Claim(ClaimTypes.NameIdentifier, "u1"));
        Services.AddSingleton<NotificationCenter>();
        Services.AddScoped<NotificationService>();
        await using (var db = await MigratedDatabaseAsync())
        {
            db.AddRange(notifications);
            await db.SaveChangesAsync(Ct);
        }
        return Render(b =>
        {
            b.OpenComponent<MudPopoverProvider>(0);
            b.CloseComponent();
            b.OpenComponent<MudSnackbarProvider>(1);
            b.CloseComponent();
            b.OpenComponent<NotificationBell>(2);
            b.CloseComponent();
        });
    }

    private static string Badge(IRenderedComponent<ContainerFragment> cut) => cut.Find("[data-testid=notification-badge] .mud-badge").TextContent.Trim();

    [Fact]
    public async Task The_bell_counts_only_the_users_own_unread_notifications()
    {
        var cut = await RenderAsync(Reminder("u1", 1), Reminder("u1", 2, incident: Other), Reminder("u1", 3, readAt: At, incident: "INC-2026-000009"),
            Reminder("someone-else", 1, incident: "INC-2026-000010"));

        cut.WaitForAssertion(() => Assert.Equal("2", Badge(cut)));
    }

    [Fact]
    public async Task Opening_a_notification_marks_it_read_and_follows_its_link()
    {
        var newest = Reminder("u1", 1);
        var cut = await RenderAsync(newest, Reminder("u1", 2, incident: Other));
        cut.WaitForAssertion(() => Assert.Equal("2", Badge(cut)));

        cut.Find("[data-testid=notification-bell] button").Click();
        var items = cut.WaitForElements("[data-testid=notification-item]", TimeSpan.FromSeconds(5));
        Assert.Equal(2, items.Count);
        Assert.Contains("50 % of the time used: Confirm or refute (Rules §9), INC-2026-000007. Due by 20.11.2026 14:10 (Astana).", items[0].TextContent);
        items[0].Click();

        cut.WaitForAssertion(() => Assert.Equal("1", Badge(cut)));
        Assert.EndsWith("/incidents/INC-2026-000007#duties", Services.GetRequiredService<NavigationManager>().Uri);
        await using var db = await MigratedDatabaseAsync();
        var stored = await db.Set<NotificationRecord>().AsNoTracking().ToDictionaryAsync(n => n.Id, Ct);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, stored[newest.Id].ReadAtUtc);
        Assert.Equal(1, stored.Values.Count(n => n.ReadAtUtc is null));
    }

    [Fact]
    public async Task Mark_all_read_clears_the_count()
    {
        var cut = await RenderAsync(Reminder("u1", 1), Reminder("u1", 2, incident: Other), Reminder("someone-else", 1));
        cut.WaitForAssertion(() => Assert.Equal("2", Badge(cut)));

        cut.Find("[data-testid=notification-bell] button").Click();
        cut.WaitForElement("[data-testid=notification-read-all]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=notification-badge] .mud-badge")));
        await using var db = await MigratedDatabaseAsync();
        Assert.Equal(["someone-else"], await db.Set<NotificationRecord>().Where(n => n.ReadAtUtc == null).Select(n => n.UserId).ToListAsync(Ct));
    }

    [Fact]
    public async Task A_notification_arriving_while_online_updates_the_count_and_shows_a_snackbar()
    {
        var cut = await RenderAsync(Reminder("u1", 5));
        cut.WaitForAssertion(() => Assert.Equal("1", Badge(cut)));

        await using (var db = await MigratedDatabaseAsync())
        {
            db.Add(NotificationText.Compose("u1", At, "Notification.Breach", "/inbox",
                NotificationText.Resource("Duty.register"), "R2 §7", "ТОО «Ақ Жол», 20.11.2026 12:10", "20.11.2026 12:40"));
            await db.SaveChangesAsync(Ct);
        }
        Services.GetRequiredService<NotificationCenter>().Notify(["u1"]);
        Clock.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("2", Badge(cut)));
        cut.WaitForAssertion(() =>
            Assert.Contains("Deadline missed: Register the appeal (Rules §7), ТОО «Ақ Жол», 20.11.2026 12:10. It was due by 20.11.2026 12:40 (Astana).",
                cut.Find(".mud-snackbar").TextContent));
    }

    [Fact]
    public async Task One_incidents_reminders_are_one_entry_with_their_count_and_opening_it_marks_them_all_read()
    {
        var cut = await RenderAsync(Reminder("u1", 1), Reminder("u1", 2), Reminder("u1", 3), Reminder("u1", 4, incident: Other));
        cut.WaitForAssertion(() => Assert.Equal("2", Badge(cut)));

        cut.Find("[data-testid=notification-bell] button").Click();
        var items = cut.WaitForElements("[data-testid=notification-item]", TimeSpan.FromSeconds(5));
        Assert.Equal([("INC-2026-000007", "3"), (Other, "1")], items.Select(i => (i.GetAttribute("data-incident"), i.GetAttribute("data-count"))));
        Assert.Equal("INC-2026-000007 · new: 3", items[0].QuerySelector("[data-testid=notification-group]")!.TextContent.Trim());
        items[0].Click();

        cut.WaitForAssertion(() => Assert.Equal("1", Badge(cut)));
        Assert.EndsWith("/incidents/INC-2026-000007#duties", Services.GetRequiredService<NavigationManager>().Uri);
        await using var db = await MigratedDatabaseAsync();
        Assert.Equal([$"/incidents/{Other}"], await db.Set<NotificationRecord>().Where(n => n.ReadAtUtc == null).Select(n => n.Link).ToListAsync(Ct));
    }
}
