using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using static GosZakup.Console.Domain.Extensions.TradeMethod;
using static GosZakup.Console.Domain.Incidents.Severity;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;
using static GosZakup.Console.Domain.Tests.Extensions.ExtensionFixtures;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>R2 §14, §15.4, §15.6, §16.4, §16.6 on the end of acceptance. "By the time needed to fix" is the calendar
/// duration from detection to fix, added to the announced deadline; when the failure outlasts the deadline, the
/// next working day after the fix's day (same time of day) competes, and the later wins. "Next working day" counts on
/// the state calendar (five-day week: Saturday is closed), 16 December 2026 a holiday. Rows: why, level, method, detected, fixed, end of
/// acceptance, new end ("" when nothing moves), clause.</summary>
public class FailureExtensionCases
{
    public static TheoryData<string, Severity, TradeMethod, string, string, string, string, string> Cases => new()
    {
        { "§14: a low failure moves nothing", Low, OpenTender, "2026-11-23 10:00", "2026-11-23 12:00", "2026-11-24 18:00", "", "" },
        { "§15.4: a tender gains the failure's two hours",
            Medium, OpenTender, "2026-11-23 10:00", "2026-11-23 12:00", "2026-11-24 18:00", "2026-11-24 20:00", "R2 §15.4" },
        { "§15.4: a price quotation likewise",
            Medium, PriceQuotation, "2026-11-23 10:00", "2026-11-23 12:00", "2026-11-24 18:00", "2026-11-24 20:00", "R2 §15.4" },
        { "§15.4: one source is read as 'every method but auctions'",
            Medium, OneSource, "2026-11-23 10:00", "2026-11-23 12:00", "2026-11-24 18:00", "2026-11-24 20:00", "R2 §15.4" },
        { "§15.4: Friday 17:00 to Monday 10:00 is 65 calendar hours, weekend included",
            Medium, OpenTender, "2026-11-20 17:00", "2026-11-23 10:00", "2026-11-25 18:00", "2026-11-28 11:00", "R2 §15.4" },
        { "§15.4: a failure ending exactly at the deadline does not outlast it",
            Medium, OpenTender, "2026-11-24 16:00", "2026-11-24 18:00", "2026-11-24 18:00", "2026-11-24 20:00", "R2 §15.4" },
        { "§15.4: a failure that began before acceptance opened counts whole",
            Medium, OpenTender, "2026-11-02 08:00", "2026-11-02 10:00", "2026-11-24 18:00", "2026-11-24 20:00", "R2 §15.4" },
        { "§15.4 excludes auctions: their acceptance does not gain the failure's time",
            Medium, TradeMethod.Auction, "2026-11-19 10:00", "2026-11-19 12:00", "2026-11-20 18:00", "", "" },
        { "§15.6: a weekend failure outlasts Friday's deadline: Tuesday, the working day after Monday's fix",
            Medium, OpenTender, "2026-11-20 17:00", "2026-11-23 10:00", "2026-11-20 18:00", "2026-11-24 18:00", "R2 §15.6" },
        { "§15.6: fixed on Friday evening: the state's next working day is Monday, not Saturday",
            Medium, OpenTender, "2026-11-20 16:00", "2026-11-20 20:00", "2026-11-20 18:00", "2026-11-23 18:00", "R2 §15.6" },
        { "§15.6: fixed on Saturday: Monday", Medium, OpenTender, "2026-11-20 16:00", "2026-11-21 11:00", "2026-11-20 18:00", "2026-11-23 18:00", "R2 §15.6" },
        { "§15.6: fixed on the working Saturday itself (synthetic): Monday",
            Medium, OpenTender, "2026-12-12 15:00", "2026-12-12 20:00", "2026-12-12 18:00", "2026-12-14 18:00", "R2 §15.6" },
        { "§15.6: fixed on 31 December: 4 January is off for 2 January, so 5 January",
            Medium, OpenTender, "2026-12-31 15:00", "2026-12-31 20:00", "2026-12-31 18:00", "2027-01-05 18:00", "R2 §15.6" },
        { "§15.6: fixed on Friday 11 December: the Saturday made working in the five-day week (synthetic)",
            Medium, OpenTender, "2026-12-11 15:00", "2026-12-11 20:00", "2026-12-11 18:00", "2026-12-12 18:00", "R2 §15.6" },
        { "§16.6: fixed on 30 December: 31 December is still a working day",
            High, OpenTender, "2026-12-30 15:00", "2026-12-30 20:00", "2026-12-30 18:00", "2026-12-31 18:00", "R2 §16.6" },
        { "§15.6: fixed on the eve of Independence Day: the holiday is skipped",
            Medium, OpenTender, "2026-12-15 14:00", "2026-12-15 20:00", "2026-12-15 18:00", "2026-12-17 18:00", "R2 §15.6" },
        { "§15.6: fixed on Independence Day itself",
            Medium, OpenTender, "2026-12-15 17:00", "2026-12-16 12:00", "2026-12-15 18:00", "2026-12-17 18:00", "R2 §15.6" },
        { "§15.6 applies to auctions' acceptance too",
            Medium, TradeMethod.Auction, "2026-11-20 17:00", "2026-11-23 10:00", "2026-11-20 18:00", "2026-11-24 18:00", "R2 §15.6" },
        { "§15.4 beats §15.6 when much time was left: 51 hours after a Wednesday fix",
            Medium, OpenTender, "2026-11-23 09:00", "2026-11-25 12:00", "2026-11-24 18:00", "2026-11-26 21:00", "R2 §15.4" },
        { "a failure after acceptance ended moves nothing", Medium, OpenTender, "2026-11-24 19:00", "2026-11-24 21:00", "2026-11-24 18:00", "", "" },
        { "a failure over before acceptance opened moves nothing", Medium, OpenTender, "2026-11-01 10:00", "2026-11-01 12:00", "2026-11-24 18:00", "", "" },
        { "§16.4: high level, a tender gains the failure's time",
            High, OpenTender, "2026-11-23 10:00", "2026-11-23 12:00", "2026-11-24 18:00", "2026-11-24 20:00", "R2 §16.4" },
        { "§16.6: high level, outlasting: next working day after the fix",
            High, PriceQuotation, "2026-11-20 17:00", "2026-11-23 10:00", "2026-11-20 18:00", "2026-11-24 18:00", "R2 §16.6" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void End_of_acceptance(string why, Severity level, TradeMethod method, string detected, string fixedAt, string end, string expected, string clause)
    {
        var procurement = method == TradeMethod.Auction
            ? Procurement("P-1", TradeMethod.Auction, (DeadlineKind.AcceptanceStart, AcceptanceOpens), (DeadlineKind.AcceptanceEnd, end),
                (DeadlineKind.AuctionFirstRound, "2026-11-30 10:00"), (DeadlineKind.AuctionSecondRound, "2026-11-30 15:00"))
            : Tender("P-1", end, method);

        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", level, detected, fixedAt), [procurement], Both, ExtensionSettings.Default);

        var order = orders.SingleOrDefault(o => o.Deadline == DeadlineKind.AcceptanceEnd);
        Assert.True(expected == (order is null ? "" : Show(order.New)), $"{why}: {(order is null ? "nothing" : Show(order.New))}");
        Assert.Equal(clause, order?.Clause ?? "");
        if (order is null) return;
        Assert.Equal(end, Show(order.Old));
        Assert.Equal(new ExtensionSource(ExtensionSourceKind.Failure, "INC-1"), order.Source);
        Assert.Equal(ExtensionOrderState.Proposed, order.State);
        Assert.False(order.Provisional);
    }

    [Fact]
    public void A_low_failure_moves_nothing_even_when_it_outlasts_every_deadline()
    {
        var procurements = new[] { Tender("P-1", "2026-11-20 18:00"), Auction("P-2", "2026-11-21 10:00", "2026-11-21 15:00") };

        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", Low, "2026-11-20 09:00", "2026-11-25 09:00") with
        {
            AffectedProcurements = new HashSet<string> { "P-1", "P-2" },
        }, procurements, Both, ExtensionSettings.Default);

        Assert.Empty(orders);
    }

    [Fact]
    public void An_unconfirmed_or_refuted_failure_gives_no_level_orders()
    {
        var unconfirmed = Fixed("INC-1", Medium, "2026-11-23 10:00", "2026-11-23 12:00") with { Severity = null };

        Assert.Empty(ExtensionEngine.ForFailure(unconfirmed, [Tender("P-1", "2026-11-24 18:00")], Both, ExtensionSettings.Default));
    }

    [Fact]
    public void A_confirmed_failure_without_a_planned_fix_waits_for_one()
    {
        var facts = Fixed("INC-1", Medium, "2026-11-23 10:00", "2026-11-23 12:00") with { PlannedFix = null, ActualFix = null };

        Assert.Empty(ExtensionEngine.ForFailure(facts, [Tender("P-1", "2026-11-24 18:00")], Both, ExtensionSettings.Default));
    }

    [Fact]
    public void The_planned_fix_gives_a_provisional_order()
    {
        var facts = Failure("INC-1", Medium, "2026-11-23 10:00", plannedFix: "2026-11-23 12:00", actualFix: null);

        var order = Single(ExtensionEngine.ForFailure(facts, [Tender("P-1", "2026-11-24 18:00")], Both, ExtensionSettings.Default), DeadlineKind.AcceptanceEnd);

        Assert.Equal("2026-11-24 20:00", Show(order.New));
        Assert.True(order.Provisional);
    }

    [Fact]
    public void A_fix_later_than_planned_extends_by_the_actual_time()
    {
        var facts = Failure("INC-1", Medium, "2026-11-23 10:00", plannedFix: "2026-11-23 12:00", actualFix: "2026-11-23 15:30");

        var order = Single(ExtensionEngine.ForFailure(facts, [Tender("P-1", "2026-11-24 18:00")], Both, ExtensionSettings.Default), DeadlineKind.AcceptanceEnd);

        Assert.Equal("2026-11-24 23:30", Show(order.New));
        Assert.False(order.Provisional);
    }

    [Fact]
    public void An_opening_the_new_end_would_overtake_keeps_its_distance()
    {
        var tender = Procurement("P-1", OpenTender, (DeadlineKind.AcceptanceStart, AcceptanceOpens), (DeadlineKind.AcceptanceEnd, "2026-11-25 18:00"),
            (DeadlineKind.Opening, "2026-11-25 18:30"), (DeadlineKind.Results, "2026-12-10 10:00"));

        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", Medium, "2026-11-20 17:00", "2026-11-23 10:00"), [tender], Both, ExtensionSettings.Default);

        Assert.Equal("2026-11-28 11:00", NewOf(orders, DeadlineKind.AcceptanceEnd));
        Assert.Equal("2026-11-28 11:30", NewOf(orders, DeadlineKind.Opening));
        Assert.Equal("R2 §15.4", Single(orders, DeadlineKind.Opening).Clause);
        Assert.Null(NewOf(orders, DeadlineKind.Results)); // not overtaken: stays where it was announced
    }

    [Fact]
    public void Later_stages_stay_put_when_the_setting_is_off()
    {
        var tender = Procurement("P-1", OpenTender, (DeadlineKind.AcceptanceEnd, "2026-11-25 18:00"), (DeadlineKind.Opening, "2026-11-25 18:30"));

        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", Medium, "2026-11-20 17:00", "2026-11-23 10:00"), [tender], Both,
            ExtensionSettings.Default with { LaterStagesFollow = false });

        Assert.Equal([DeadlineKind.AcceptanceEnd], orders.Select(o => o.Deadline));
    }

    [Fact]
    public void A_fix_recorded_before_the_detection_is_a_bug()
    {
        var facts = Fixed("INC-1", Medium, "2026-11-23 10:00", "2026-11-23 09:00");

        Assert.Throws<ArgumentException>(() => ExtensionEngine.ForFailure(facts, [Tender("P-1", "2026-11-24 18:00")], Both, ExtensionSettings.Default));
    }
}
