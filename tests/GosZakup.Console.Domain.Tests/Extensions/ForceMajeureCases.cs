using GosZakup.Console.Domain.Extensions;
using static GosZakup.Console.Domain.Extensions.TradeMethod;
using static GosZakup.Console.Domain.Incidents.Severity;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;
using static GosZakup.Console.Domain.Tests.Extensions.ExtensionFixtures;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>Force majeure (R1 §13-§14, R2 §16.6): with the Owner's agreement recorded, a procurement's dates from the
/// start of the period on move by the days the period covers. The period: Friday 20 November 2026 14:00 to Sunday 22
/// November 10:00, three dates (20, 21, 22), so three days.</summary>
public class ForceMajeureCases
{
    private static readonly OwnerAgreement Agreed = new("A. Sadykov, Owner", "letter No. 7-FM", At("2026-11-20 16:00"));
    private static readonly ForceMajeure Flood = new("FM-1", At("2026-11-20 14:00"), At("2026-11-22 10:00"), Agreed);

    public static TheoryData<string, DeadlineKind, string, string> Cases => new()
    {
        { "end of acceptance in the period", DeadlineKind.AcceptanceEnd, "2026-11-21 18:00", "2026-11-24 18:00" },
        { "opening in the period", DeadlineKind.Opening, "2026-11-21 18:30", "2026-11-24 18:30" },
        { "results after the period keep their distance", DeadlineKind.Results, "2026-12-01 10:00", "2026-12-04 10:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dates_move_by_the_days_of_the_period(string why, DeadlineKind kind, string announced, string expected)
    {
        var orders = ExtensionEngine.ForForceMajeure(Flood, [Scheduled()], ExtensionSettings.Default);

        Assert.True(expected == NewOf(orders, kind), $"{why}: {NewOf(orders, kind)}");
        Assert.Equal(announced, Show(Single(orders, kind).Old));
        Assert.Equal("R1 §14", Single(orders, kind).Clause);
    }

    [Fact]
    public void Without_the_Owners_agreement_nothing_moves()
    {
        Assert.Empty(ExtensionEngine.ForForceMajeure(Flood with { OwnerAgreement = null }, [Scheduled()], ExtensionSettings.Default));
    }

    [Fact]
    public void Each_order_carries_the_Owners_agreement()
    {
        var orders = ExtensionEngine.ForForceMajeure(Flood, [Scheduled()], ExtensionSettings.Default);

        Assert.All(orders, o => Assert.Equal(new Approval(ApprovalKind.OwnerAgreement, "A. Sadykov, Owner", "letter No. 7-FM"), o.Approval));
        Assert.All(orders, o => Assert.Equal(new ExtensionSource(ExtensionSourceKind.ForceMajeure, "FM-1"), o.Source));
    }

    [Fact]
    public void A_procurement_that_starts_after_the_period_and_dates_before_it_stay()
    {
        var later = Procurement("P-2", OpenTender, (DeadlineKind.AcceptanceStart, "2026-11-23 09:00"), (DeadlineKind.AcceptanceEnd, "2026-11-30 18:00"));
        var earlier = Procurement("P-3", OpenTender, (DeadlineKind.AcceptanceStart, AcceptanceOpens), (DeadlineKind.AcceptanceEnd, "2026-11-20 12:00"));

        Assert.Empty(ExtensionEngine.ForForceMajeure(Flood, [later, earlier], ExtensionSettings.Default));
    }

    [Fact]
    public void A_high_incident_under_force_majeure_carries_it()
    {
        var facts = new FailureFacts("INC-1", Module, At("2026-11-20 14:00"), DecidedAt: At("2026-11-20 15:00"), Severity: High, ForceMajeure: Flood);

        var orders = ExtensionEngine.ForFailure(facts, [Scheduled()], Both, ExtensionSettings.Default);

        Assert.Equal(3, orders.Count(o => o.Source.Kind == ExtensionSourceKind.ForceMajeure));
    }

    private static ProcurementDeadlines Scheduled() => Procurement("P-1", OpenTender, (DeadlineKind.AcceptanceStart, AcceptanceOpens),
        (DeadlineKind.AcceptanceEnd, "2026-11-21 18:00"), (DeadlineKind.Opening, "2026-11-21 18:30"), (DeadlineKind.Results, "2026-12-01 10:00"));
}
