using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Web.Tests;

/// <summary>When the dialog asks the operator to confirm what will be stored (issue 16 §1), and the R2 §7 limit it
/// shows, from the obligation planner. The clock reads Friday 20.11.2026 12:10 Astana.</summary>
public class AppealReviewTests : AppealDialogHost
{
    public static TheoryData<string, AppealChannel, string, AppealChannel?, string[], string, string?> Cases => new()
    {
        // why, channel, received (Astana), last channel, reasons, R2 §7 limit, target
        { "a phone call now, as the last one", AppealChannel.Phone, "2026-11-20 12:10", AppealChannel.Phone, [], "20.11.2026 12:40 (UTC+5)", null },
        { "no appeal yet this browser: nothing to compare", AppealChannel.Email, "2026-11-20 12:00", null, [], "20.11.2026 12:30 (UTC+5)", null },
        { "e-mail at 01:28 instead of 11:08", AppealChannel.Email, "2026-11-20 01:28", AppealChannel.Email, ["Review.LongAgo", "Review.OutsideHours"],
            "20.11.2026 19:00 (UTC+5)", "20.11.2026 09:30 (UTC+5)" },
        { "a call 70 minutes ago, in working hours", AppealChannel.Phone, "2026-11-20 11:00", AppealChannel.Phone, ["Review.LongAgo"],
            "20.11.2026 11:30 (UTC+5)", null },
        { "e-mail after phone calls", AppealChannel.Email, "2026-11-20 12:05", AppealChannel.Phone, ["Review.OtherChannel"], "20.11.2026 12:35 (UTC+5)", null },
        { "two hours ahead", AppealChannel.Phone, "2026-11-20 14:15", AppealChannel.Phone, ["Review.InFuture"], "20.11.2026 14:45 (UTC+5)", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_review_asks_only_when_time_or_channel_looks_off(string why, AppealChannel channel, string received, AppealChannel? last,
        string[] reasons, string due, string? target)
    {
        await (await MigratedDatabaseAsync()).DisposeAsync();
        var form = PhoneAppealNow();
        (form.Channel, form.ReceivedAt) = (channel, DateTime.Parse(received, System.Globalization.CultureInfo.InvariantCulture));

        var summary = await Services.GetRequiredService<AppealReview>().ReviewAsync(form, last, Xunit.TestContext.Current.CancellationToken);

        Assert.True(reasons.SequenceEqual(summary.Reasons.Select(r => r.Key)), why);
        Assert.Equal(due, Domain.Calendar.AstanaTime.Labelled(summary.DueAtUtc!.Value));
        Assert.Equal(target, summary.TargetAtUtc is { } t ? Domain.Calendar.AstanaTime.Labelled(t) : null);
    }
}
