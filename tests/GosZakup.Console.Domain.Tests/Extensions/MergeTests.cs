using GosZakup.Console.Domain.Extensions;
using static GosZakup.Console.Domain.Incidents.Severity;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;
using static GosZakup.Console.Domain.Tests.Extensions.ExtensionFixtures;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>Overlapping sources on one deadline: P-1's acceptance ends Tuesday 24 November 2026 at 18:00. Failure A
/// (Monday 10:00-12:00) moves it to 20:00, failure B (Monday 11:00-14:00) to 21:00. The later deadline wins;
/// nothing is moved twice (never 23:00).</summary>
public class MergeTests
{
    private static readonly ProcurementDeadlines[] Tender = [ExtensionFixtures.Tender("P-1", "2026-11-24 18:00")];

    private static readonly IReadOnlyList<ExtensionOrder> A = Compute(Fixed("INC-A", Medium, "2026-11-23 10:00", "2026-11-23 12:00"));
    private static readonly IReadOnlyList<ExtensionOrder> B = Compute(Fixed("INC-B", Medium, "2026-11-23 11:00", "2026-11-23 14:00"));

    [Fact]
    public void Overlapping_failures_the_later_deadline_wins_and_nothing_moves_twice()
    {
        var merged = ExtensionEngine.Merge([], [.. A, .. B]);

        var proposed = Assert.Single(merged, o => o.State == ExtensionOrderState.Proposed);
        Assert.Equal(("INC-B", "2026-11-24 18:00", "2026-11-24 21:00"), (proposed.Source.Id, Show(proposed.Old), Show(proposed.New)));
        Assert.Equal("INC-A", Assert.Single(merged, o => o.State == ExtensionOrderState.Superseded).Source.Id);
    }

    [Fact]
    public void After_A_is_applied_B_moves_the_deadline_on_from_where_it_stands()
    {
        var stored = ExtensionEngine.Merge([], A).Select(o => o.Applied()).ToList();

        var merged = ExtensionEngine.Merge(stored, B);

        var proposed = Assert.Single(merged, o => o.State == ExtensionOrderState.Proposed);
        Assert.Equal(("2026-11-24 20:00", "2026-11-24 21:00"), (Show(proposed.Old), Show(proposed.New)));
        Assert.Contains(merged, o => o.State == ExtensionOrderState.Applied && o.Source.Id == "INC-A");
    }

    [Fact]
    public void After_B_is_applied_A_moves_nothing()
    {
        var stored = ExtensionEngine.Merge([], B).Select(o => o.Applied()).ToList();

        var merged = ExtensionEngine.Merge(stored, A);

        Assert.DoesNotContain(merged, o => o.State == ExtensionOrderState.Proposed);
        Assert.Equal(ExtensionOrderState.Superseded, merged.Single(o => o.Source.Id == "INC-A").State);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_sources_arrive_in()
    {
        var together = ExtensionEngine.Merge([], [.. A, .. B]);

        Assert.Equal(together, ExtensionEngine.Merge([], [.. B, .. A]));
        Assert.Equal(together, ExtensionEngine.Merge(ExtensionEngine.Merge([], A), B));
        Assert.Equal(together, ExtensionEngine.Merge(ExtensionEngine.Merge([], B), A));
    }

    [Fact]
    public void Merging_the_same_computation_again_changes_nothing()
    {
        var once = ExtensionEngine.Merge(ExtensionEngine.Merge([], A).Select(o => o.Applied()), B);

        Assert.Equal(once, ExtensionEngine.Merge(once, B));
    }

    [Fact]
    public void Computing_twice_from_the_same_facts_gives_the_same_orders()
    {
        var facts = Fixed("INC-A", High, "2026-11-20 17:00", "2026-11-23 10:00");
        var procurements = new[]
        {
            ExtensionFixtures.Tender("P-1", "2026-11-20 18:00"), Auction("P-2", "2026-11-21 10:00", "2026-11-21 15:00", autoProtocol: true),
        };

        Assert.Equal(ExtensionEngine.ForFailure(facts, procurements, Both, ExtensionSettings.Default),
            ExtensionEngine.ForFailure(facts, procurements, Both, ExtensionSettings.Default));
    }

    [Fact]
    public void The_actual_fix_replaces_the_planned_fix_proposal()
    {
        var planned = Compute(Failure("INC-A", Medium, "2026-11-23 10:00", plannedFix: "2026-11-23 12:00", actualFix: null));
        var actual = Compute(Failure("INC-A", Medium, "2026-11-23 10:00", plannedFix: "2026-11-23 12:00", actualFix: "2026-11-23 15:30"));

        var merged = ExtensionEngine.Merge(ExtensionEngine.Merge([], planned), actual);

        var only = Assert.Single(merged);
        Assert.Equal(("2026-11-24 23:30", false), (Show(only.New), only.Provisional));
    }

    [Fact]
    public void A_fix_earlier_than_planned_replaces_a_proposal_not_yet_applied()
    {
        var planned = Compute(Failure("INC-A", Medium, "2026-11-23 10:00", plannedFix: "2026-11-23 12:00", actualFix: null));
        var actual = Compute(Failure("INC-A", Medium, "2026-11-23 10:00", plannedFix: "2026-11-23 12:00", actualFix: "2026-11-23 11:00"));

        var merged = ExtensionEngine.Merge(ExtensionEngine.Merge([], planned), actual);

        Assert.Equal("2026-11-24 19:00", Show(Assert.Single(merged).New));
    }

    [Fact]
    public void A_fix_earlier_than_planned_never_moves_an_applied_deadline_back()
    {
        var planned = Compute(Failure("INC-A", Medium, "2026-11-23 10:00", plannedFix: "2026-11-23 12:00", actualFix: null));
        var actual = Compute(Failure("INC-A", Medium, "2026-11-23 10:00", plannedFix: "2026-11-23 12:00", actualFix: "2026-11-23 11:00"));

        var merged = ExtensionEngine.Merge(ExtensionEngine.Merge([], planned).Select(o => o.Applied()), actual);

        Assert.Equal("2026-11-24 20:00", Show(merged.Single(o => o.IsInForce).New));
        Assert.Equal(ExtensionOrderState.Superseded, merged.Single(o => !o.IsInForce).State);
    }

    [Fact]
    public void A_recomputation_that_gives_nothing_withdraws_the_sources_proposals()
    {
        var merged = ExtensionEngine.Merge(ExtensionEngine.Merge([], [.. A, .. B]), [], [new ExtensionSource(ExtensionSourceKind.Failure, "INC-B")]);

        var proposed = Assert.Single(merged);
        Assert.Equal(("INC-A", ExtensionOrderState.Proposed), (proposed.Source.Id, proposed.State));
    }

    [Fact]
    public void An_override_records_who_and_why_and_survives_recomputation()
    {
        var overridden = ExtensionEngine.Merge([], A).Single().Override(At("2026-11-25 10:00"), "supervisor Zh. Omarova", "supplier letter: bank EDS outage");

        var merged = ExtensionEngine.Merge([overridden], A);

        var proposed = Assert.Single(merged, o => o.State == ExtensionOrderState.Proposed);
        Assert.Equal(new Approval(ApprovalKind.Override, "supervisor Zh. Omarova", "supplier letter: bank EDS outage"), proposed.Approval);
        Assert.Equal("2026-11-25 10:00", Show(proposed.New));
    }

    [Fact]
    public void Applied_orders_are_never_passed_in_as_fresh_proposals()
    {
        Assert.Throws<ArgumentException>(() => ExtensionEngine.Merge([], A.Select(o => o.Applied())));
    }

    private static IReadOnlyList<ExtensionOrder> Compute(FailureFacts facts) => ExtensionEngine.ForFailure(facts, Tender, Both, ExtensionSettings.Default);
}
