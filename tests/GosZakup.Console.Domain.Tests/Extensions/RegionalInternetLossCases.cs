using GosZakup.Console.Domain.Extensions;
using static GosZakup.Console.Domain.Extensions.TradeMethod;
using static GosZakup.Console.Domain.Incidents.Severity;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;
using static GosZakup.Console.Domain.Tests.Extensions.ExtensionFixtures;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>R2 §16.6: a confirmed loss of internet access in a region for more than one day extends every procurement
/// on the portal, whatever its module, by one working day of the state calendar (five-day week). The loss: Friday 20 November 2026 08:00 to Saturday 21
/// November 12:00 (28 hours), confirmed. Rows: why, the procurement's end of acceptance, its module, new end ("" when it stays).</summary>
public class RegionalInternetLossCases
{
    private static readonly RegionalInternetLoss Confirmed = new("Mangystau", At("2026-11-20 08:00"), At("2026-11-21 12:00"), "Kazakhtelecom letter No. 15-3");

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "ending on Friday: the state's next working day is Monday", "2026-11-20 18:00", Module, "2026-11-23 18:00" },
        { "ending on Saturday: Sunday is closed, Monday", "2026-11-21 12:00", Module, "2026-11-23 12:00" },
        { "another module gains the day too", "2026-11-21 12:00", "other", "2026-11-23 12:00" },
        { "ending after the loss, still running: Friday gains the day to Monday", "2026-11-27 10:00", Module, "2026-11-30 10:00" },
        { "ending on Thursday: Friday", "2026-11-26 10:00", Module, "2026-11-27 10:00" },
        { "ending the evening before Independence Day: Thursday", "2026-12-15 18:00", Module, "2026-12-17 18:00" },
        { "acceptance over before the loss began", "2026-11-19 18:00", Module, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_working_day(string why, string end, string module, string expected)
    {
        var orders = ExtensionEngine.ForRegionalInternetLoss("INC-1", Confirmed, [Tender("P-1", end, module: module)], State, ExtensionSettings.Default);

        var moved = NewOf(orders, DeadlineKind.AcceptanceEnd) ?? "";
        Assert.True(expected == moved, $"{why}: {moved}");
        Assert.All(orders, o => Assert.Equal("R2 §16.6", o.Clause));
    }

    [Fact]
    public void A_procurement_announced_after_the_loss_is_not_moved()
    {
        var later = Procurement("P-1", OpenTender, (DeadlineKind.AcceptanceStart, "2026-11-23 09:00"), (DeadlineKind.AcceptanceEnd, "2026-11-30 18:00"));

        Assert.Empty(ExtensionEngine.ForRegionalInternetLoss("INC-1", Confirmed, [later], State, ExtensionSettings.Default));
    }

    [Fact]
    public void Every_later_date_of_a_running_procurement_gains_the_day()
    {
        var tender = Procurement("P-1", OpenTender, (DeadlineKind.AcceptanceStart, AcceptanceOpens), (DeadlineKind.AcceptanceEnd, "2026-11-20 18:00"),
            (DeadlineKind.Opening, "2026-11-20 18:30"), (DeadlineKind.Results, "2026-11-25 10:00"));

        var orders = ExtensionEngine.ForRegionalInternetLoss("INC-1", Confirmed, [tender], State, ExtensionSettings.Default);

        Assert.Equal(["2026-11-23 18:00", "2026-11-23 18:30", "2026-11-26 10:00"], orders.Select(o => Show(o.New)));
        Assert.DoesNotContain(orders, o => o.Deadline == DeadlineKind.AcceptanceStart);
    }

    [Fact]
    public void Exactly_one_day_is_not_more_than_one_day()
    {
        var day = Confirmed with { To = At("2026-11-21 08:00") };

        Assert.Empty(ExtensionEngine.ForRegionalInternetLoss("INC-1", day, [Tender("P-1", "2026-11-20 18:00")], State, ExtensionSettings.Default));
    }

    [Fact]
    public void Without_a_recorded_confirmation_nothing_moves()
    {
        var unconfirmed = Confirmed with { Confirmation = null };

        Assert.Empty(ExtensionEngine.ForRegionalInternetLoss("INC-1", unconfirmed, [Tender("P-1", "2026-11-20 18:00")], State, ExtensionSettings.Default));
    }

    [Fact]
    public void A_high_incident_carries_its_regional_loss_and_a_medium_one_does_not()
    {
        var procurements = new[] { Tender("P-9", "2026-11-20 18:00", module: "other") };
        var high = new FailureFacts("INC-1", Module, At("2026-11-20 08:00"), DecidedAt: At("2026-11-20 09:00"), Severity: High,
            RegionalInternetLoss: Confirmed);

        var orders = ExtensionEngine.ForFailure(high, procurements, Both, ExtensionSettings.Default);
        var medium = ExtensionEngine.ForFailure(high with { Severity = Medium }, procurements, Both, ExtensionSettings.Default);

        Assert.Equal(new ExtensionSource(ExtensionSourceKind.RegionalInternetLoss, "INC-1"), Single(orders, DeadlineKind.AcceptanceEnd, "P-9").Source);
        Assert.Empty(medium);
    }
}
