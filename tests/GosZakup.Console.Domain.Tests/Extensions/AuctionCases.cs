using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using static GosZakup.Console.Domain.Incidents.Severity;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;
using static GosZakup.Console.Domain.Tests.Extensions.ExtensionFixtures;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>R2 §15.5 and §16.5: when a failure coincides with an auction's bidding (first round to the end of the
/// second round's day), the second round moves to the next working day after the fix, same time of day; "working
/// day" on the state calendar (five-day week), so a second round never moves onto a Saturday.
/// Rows: why, level, first round, second round, detected, fixed, new second round ("" when it stays), clause.</summary>
public class AuctionCases
{
    public static TheoryData<string, Severity, string, string, string, string, string, string> Cases => new()
    {
        { "§15.5: failure in the first round, fixed the same morning",
            Medium, "2026-11-23 10:00", "2026-11-23 15:00", "2026-11-23 10:30", "2026-11-23 11:30", "2026-11-24 15:00", "R2 §15.5" },
        { "§15.5: failure in the second round itself",
            Medium, "2026-11-23 10:00", "2026-11-23 15:00", "2026-11-23 15:30", "2026-11-23 16:00", "2026-11-24 15:00", "R2 §15.5" },
        { "§15.5: fixed the next morning: the working day after that",
            Medium, "2026-11-23 10:00", "2026-11-23 15:00", "2026-11-23 14:00", "2026-11-24 09:30", "2026-11-25 15:00", "R2 §15.5" },
        { "§15.5: fixed on Saturday: Sunday is closed, Monday",
            Medium, "2026-11-21 10:00", "2026-11-21 15:00", "2026-11-21 14:00", "2026-11-21 16:00", "2026-11-23 15:00", "R2 §15.5" },
        { "§15.5: fixed on Friday: the second round would have fallen on Saturday, Monday",
            Medium, "2026-11-20 10:00", "2026-11-20 15:00", "2026-11-20 14:00", "2026-11-20 16:00", "2026-11-23 15:00", "R2 §15.5" },
        { "§16.5: fixed on Friday 8 May: 11 May is off in the five-day week, 12 May",
            High, "2026-05-08 10:00", "2026-05-08 15:00", "2026-05-08 14:00", "2026-05-08 16:00", "2026-05-12 15:00", "R2 §16.5" },
        { "§15.5: fixed on Friday 20 March: Nauryz and its transfers to 25 March, so 26 March",
            Medium, "2026-03-20 10:00", "2026-03-20 15:00", "2026-03-20 14:00", "2026-03-20 16:00", "2026-03-26 15:00", "R2 §15.5" },
        { "§15.5: fixed on Friday 11 December: onto the Saturday made working (synthetic)",
            Medium, "2026-12-11 10:00", "2026-12-11 15:00", "2026-12-11 14:00", "2026-12-11 16:00", "2026-12-12 15:00", "R2 §15.5" },
        { "§16.5: fixed on the eve of Independence Day: Thursday",
            High, "2026-12-15 10:00", "2026-12-15 15:00", "2026-12-15 14:00", "2026-12-15 20:00", "2026-12-17 15:00", "R2 §16.5" },
        { "§16.5: a weekend failure from Friday 17:00 to Monday 10:00",
            High, "2026-11-20 16:00", "2026-11-21 11:00", "2026-11-20 17:00", "2026-11-23 10:00", "2026-11-24 11:00", "R2 §16.5" },
        { "§16.5: fixed on 31 December: 5 January 2027",
            High, "2026-12-31 10:00", "2026-12-31 15:00", "2026-12-31 14:00", "2026-12-31 16:00", "2027-01-05 15:00", "R2 §16.5" },
        { "fixed before bidding began: nothing moves", Medium, "2026-11-23 10:00", "2026-11-23 15:00", "2026-11-23 08:00", "2026-11-23 09:00", "", "" },
        { "failure after the second round's day: nothing moves",
            Medium, "2026-11-23 10:00", "2026-11-23 15:00", "2026-11-24 00:00", "2026-11-24 01:00", "", "" },
        { "a second round already set later is not pulled earlier",
            Medium, "2026-11-23 10:00", "2026-11-27 10:00", "2026-11-23 10:30", "2026-11-23 11:00", "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Second_round(string why, Severity level, string firstRound, string secondRound, string detected, string fixedAt, string expected, string clause)
    {
        var auction = Auction("P-1", firstRound, secondRound);

        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", level, detected, fixedAt), [auction], Both, ExtensionSettings.Default);

        var moved = NewOf(orders, DeadlineKind.AuctionSecondRound) ?? "";
        Assert.True(expected == moved, $"{why}: {moved}");
        Assert.Equal(clause, orders.SingleOrDefault(o => o.Deadline == DeadlineKind.AuctionSecondRound)?.Clause ?? "");
        Assert.DoesNotContain(orders, o => o.Deadline == DeadlineKind.AuctionFirstRound);
    }

    [Fact]
    public void A_results_protocol_the_System_formed_is_cancelled_with_the_applications()
    {
        var auction = Auction("P-1", "2026-11-23 10:00", "2026-11-23 15:00", results: "2026-11-23 16:00", autoProtocol: true);

        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", Medium, "2026-11-23 15:10", "2026-11-23 18:00"), [auction], Both, ExtensionSettings.Default);

        Assert.True(Single(orders, DeadlineKind.AuctionSecondRound).CancelsAutoProtocol);
        Assert.False(Single(orders, DeadlineKind.Results).CancelsAutoProtocol);
    }

    [Fact]
    public void No_protocol_formed_nothing_cancelled()
    {
        var auction = Auction("P-1", "2026-11-23 10:00", "2026-11-23 15:00", autoProtocol: false);

        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", Medium, "2026-11-23 15:10", "2026-11-23 18:00"), [auction], Both, ExtensionSettings.Default);

        Assert.False(Single(orders, DeadlineKind.AuctionSecondRound).CancelsAutoProtocol);
    }

    [Fact]
    public void The_results_the_moved_round_overtakes_move_with_it()
    {
        var auction = Auction("P-1", "2026-11-23 10:00", "2026-11-23 15:00", results: "2026-11-23 18:00");

        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", Medium, "2026-11-23 10:30", "2026-11-23 11:30"), [auction], Both, ExtensionSettings.Default);

        Assert.Equal("2026-11-24 15:00", NewOf(orders, DeadlineKind.AuctionSecondRound));
        Assert.Equal("2026-11-24 18:00", NewOf(orders, DeadlineKind.Results));
    }
}
