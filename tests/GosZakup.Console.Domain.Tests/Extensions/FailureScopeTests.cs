using GosZakup.Console.Domain.Extensions;
using static GosZakup.Console.Domain.Extensions.TradeMethod;
using static GosZakup.Console.Domain.Incidents.Severity;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;
using static GosZakup.Console.Domain.Tests.Extensions.ExtensionFixtures;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>Which procurements a confirmed failure reaches: at medium level the ones it showed in (R2 §15); at high
/// level those and every procurement of the failed module whose acceptance coincided with it (R2 §16.2).
/// The failure: Monday 23 November 2026, 10:00 to 12:00, module "M".</summary>
public class FailureScopeTests
{
    private static readonly ProcurementDeadlines[] Procurements =
    [
        Tender("P-1", "2026-11-24 18:00"), // named, module M, overlapping
        Tender("P-2", "2026-11-24 18:00"), // module M, overlapping, not named
        Tender("P-3", "2026-11-23 09:00"), // module M, acceptance ended before the failure
        Procurement("P-4", OpenTender,
            (DeadlineKind.AcceptanceStart, "2026-11-23 12:00"), (DeadlineKind.AcceptanceEnd, "2026-11-30 18:00")), // opens at the fix
        Tender("P-5", "2026-11-24 18:00", module: "other"), // another module, overlapping
    ];

    [Fact]
    public void A_medium_failure_moves_only_the_procurements_it_showed_in()
    {
        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", Medium, "2026-11-23 10:00", "2026-11-23 12:00"), Procurements, Both, ExtensionSettings.Default);

        Assert.Equal(["P-1"], orders.Select(o => o.Procurement));
    }

    [Fact]
    public void A_high_failure_moves_the_whole_module_where_acceptance_coincided()
    {
        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", High, "2026-11-23 10:00", "2026-11-23 12:00"), Procurements, Both, ExtensionSettings.Default);

        Assert.Equal(["P-1", "P-2"], orders.Select(o => o.Procurement));
        Assert.All(orders, o => Assert.Equal("2026-11-24 20:00", Show(o.New)));
        Assert.All(orders, o => Assert.Equal("R2 §16.4", o.Clause));
    }

    [Fact]
    public void A_high_failure_also_moves_a_named_procurement_of_another_module()
    {
        var facts = Fixed("INC-1", High, "2026-11-23 10:00", "2026-11-23 12:00") with { AffectedProcurements = new HashSet<string> { "P-5" } };

        var orders = ExtensionEngine.ForFailure(facts, Procurements, Both, ExtensionSettings.Default);

        Assert.Equal(["P-1", "P-2", "P-5"], orders.Select(o => o.Procurement));
    }

    [Fact]
    public void Every_lot_of_an_affected_procurement_moves()
    {
        var lots = new[] { "1", "2" }.Select(lot => Procurement("P-1", OpenTender, Module, lot, false, (DeadlineKind.AcceptanceEnd, "2026-11-24 18:00")));

        var orders = ExtensionEngine.ForFailure(Fixed("INC-1", Medium, "2026-11-23 10:00", "2026-11-23 12:00"), lots, Both, ExtensionSettings.Default);

        Assert.Equal(["1", "2"], orders.Select(o => o.Lot));
    }
}
