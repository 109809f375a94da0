using GosZakup.Console.Domain.Extensions;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;
using static GosZakup.Console.Domain.Tests.Extensions.ExtensionFixtures;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>R2 §24: end of acceptance, opening, admission and results inside the works window (ends included) move
/// by the works' duration; users are told 2 calendar days before. The works: Saturday 5 December 2026 22:00 to
/// Sunday 6 December 02:00, four hours. Rows: why, deadline, announced, new ("" when it stays).</summary>
public class PlannedWorksCases
{
    private static readonly WorksWindow Works = new("TPW-2026-12", At("2026-12-05 22:00"), At("2026-12-06 02:00"));

    public static TheoryData<string, DeadlineKind, string, string> Cases => new()
    {
        { "end of acceptance inside the window", DeadlineKind.AcceptanceEnd, "2026-12-05 23:00", "2026-12-06 03:00" },
        { "end of acceptance at the window's start", DeadlineKind.AcceptanceEnd, "2026-12-05 22:00", "2026-12-06 02:00" },
        { "end of acceptance at the window's end", DeadlineKind.AcceptanceEnd, "2026-12-06 02:00", "2026-12-06 06:00" },
        { "end of acceptance a minute before the works", DeadlineKind.AcceptanceEnd, "2026-12-05 21:59", "" },
        { "opening inside", DeadlineKind.Opening, "2026-12-06 01:00", "2026-12-06 05:00" },
        { "admission inside", DeadlineKind.Admission, "2026-12-06 00:00", "2026-12-06 04:00" },
        { "results inside", DeadlineKind.Results, "2026-12-05 22:30", "2026-12-06 02:30" },
        { "an auction round cannot run while the System is stopped", DeadlineKind.AuctionSecondRound, "2026-12-06 00:30", "2026-12-06 04:30" },
        { "results the next morning stay", DeadlineKind.Results, "2026-12-07 10:00", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Moved_by_the_works_duration(string why, DeadlineKind kind, string announced, string expected)
    {
        var orders = ExtensionEngine.ForPlannedWorks(Works, [Procurement("P-1", TradeMethod.Auction, (kind, announced))], ExtensionSettings.Default);

        var moved = NewOf(orders, kind) ?? "";
        Assert.True(expected == moved, $"{why}: {moved}");
        Assert.All(orders, o => Assert.Equal("R2 §24", o.Clause));
        Assert.All(orders, o => Assert.Equal(new ExtensionSource(ExtensionSourceKind.PlannedWorks, "TPW-2026-12"), o.Source));
    }

    [Fact]
    public void The_works_notice_goes_out_two_calendar_days_before()
    {
        Assert.Equal("2026-12-03 22:00", Show(Works.NoticeDue(Both)));
    }

    [Fact]
    public void An_opening_just_after_the_window_that_the_moved_end_would_overtake_keeps_its_distance()
    {
        var tender = Procurement("P-1", TradeMethod.OpenTender, (DeadlineKind.AcceptanceEnd, "2026-12-05 23:00"), (DeadlineKind.Opening, "2026-12-06 02:30"));

        var orders = ExtensionEngine.ForPlannedWorks(Works, [tender], ExtensionSettings.Default);

        Assert.Equal("2026-12-06 03:00", NewOf(orders, DeadlineKind.AcceptanceEnd));
        Assert.Equal("2026-12-06 06:30", NewOf(orders, DeadlineKind.Opening));
    }

    [Fact]
    public void Works_on_one_module_leave_the_others()
    {
        var oneModule = Works with { Module = "auctions" };
        var procurements = new[] { Tender("P-1", "2026-12-05 23:00", module: "auctions"), Tender("P-2", "2026-12-05 23:00", module: "tenders") };

        var orders = ExtensionEngine.ForPlannedWorks(oneModule, procurements, ExtensionSettings.Default);

        Assert.Equal(["P-1"], orders.Select(o => o.Procurement));
    }
}
