using GosZakup.Console.Domain.Extensions;
using static GosZakup.Console.Domain.Extensions.AnalysisWindowRule;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;
using static GosZakup.Console.Domain.Tests.Extensions.ExtensionFixtures;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>R2 §10: a procurement whose end of acceptance falls while the failure is being confirmed or refuted
/// (from detection to decision) is extended until the decision, "except for failures that impede users'
/// participation": the default follows the text; the other readings are settings. The failure: detected
/// Friday 20 November 2026 at 10:00, decided at 11:40. Rows: why, reading, appeal says participation was blocked,
/// end of acceptance, new end ("" when it stays).</summary>
public class AnalysisWindowCases
{
    public static TheoryData<string, AnalysisWindowRule, bool, string, string> Cases => new()
    {
        { "the text (default): a failure that does not impede participation is extended",
            UnlessParticipationBlocked, false, "2026-11-20 11:00", "2026-11-20 11:40" },
        { "the text (default): one that impedes it is carved out, left to §15-§16", UnlessParticipationBlocked, true, "2026-11-20 11:00", "" },
        { "the other reading: participation blocked is extended", WhenParticipationBlocked, true, "2026-11-20 11:00", "2026-11-20 11:40" },
        { "the other reading: not blocked stays", WhenParticipationBlocked, false, "2026-11-20 11:00", "" },
        { "always, blocked", Always, true, "2026-11-20 11:00", "2026-11-20 11:40" },
        { "always, not blocked", Always, false, "2026-11-20 11:00", "2026-11-20 11:40" },
        { "a deadline exactly at detection is in the window", UnlessParticipationBlocked, false, "2026-11-20 10:00", "2026-11-20 11:40" },
        { "a deadline before detection is not", UnlessParticipationBlocked, false, "2026-11-20 09:59", "" },
        { "a deadline after the decision needs no extension", UnlessParticipationBlocked, false, "2026-11-20 12:00", "" },
        { "a deadline at the decision itself is not moved", UnlessParticipationBlocked, false, "2026-11-20 11:40", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extended_until_the_decision(string why, AnalysisWindowRule rule, bool blocked, string end, string expected)
    {
        var facts = Appeal("2026-11-20 10:00", decided: "2026-11-20 11:40") with { ParticipationBlocked = blocked };

        var orders = ExtensionEngine.ForAnalysisWindow(facts, [Tender("P-1", end)], Both, ExtensionSettings.Default with { AnalysisWindow = rule });

        var moved = NewOf(orders, DeadlineKind.AcceptanceEnd) ?? "";
        Assert.True(expected == moved, $"{why}: {moved}");
        Assert.All(orders, o => Assert.Equal("R2 §10", o.Clause));
        Assert.All(orders, o => Assert.Equal(new ExtensionSource(ExtensionSourceKind.AnalysisWindow, "INC-1"), o.Source));
    }

    [Fact]
    public void The_default_follows_the_text()
    {
        Assert.Equal(UnlessParticipationBlocked, ExtensionSettings.Default.AnalysisWindow);
    }

    [Fact]
    public void Undecided_the_R2_9_limit_stands_in_provisionally()
    {
        // Received Friday 12:50: 10 working minutes before lunch, 110 after it: the R2 §9 limit is 16:50.
        var facts = Appeal("2026-11-20 12:30", decided: null) with { InformationAt = Astana("2026-11-20 12:50") };

        var order = Single(ExtensionEngine.ForAnalysisWindow(facts, [Tender("P-1", "2026-11-20 14:00")], Both, ExtensionSettings.Default),
            DeadlineKind.AcceptanceEnd);

        Assert.Equal("2026-11-20 16:50", Show(order.New));
        Assert.True(order.Provisional);
    }

    [Fact]
    public void An_appeal_naming_no_procurement_reaches_its_module()
    {
        var facts = Appeal("2026-11-20 10:00", decided: "2026-11-20 11:40") with { AffectedProcurements = null };
        var procurements = new[] { Tender("P-1", "2026-11-20 11:00"), Tender("P-2", "2026-11-20 11:00", module: "other") };

        var orders = ExtensionEngine.ForAnalysisWindow(facts, procurements, Both, ExtensionSettings.Default);

        Assert.Equal(["P-1"], orders.Select(o => o.Procurement));
    }

    [Fact]
    public void The_window_applies_whatever_the_decision_and_to_auctions_too()
    {
        var auction = Procurement("P-1", TradeMethod.Auction,
            (DeadlineKind.AcceptanceEnd, "2026-11-20 11:00"), (DeadlineKind.AuctionFirstRound, "2026-11-23 10:00"));
        var refuted = Appeal("2026-11-20 10:00", decided: "2026-11-20 11:40");

        var orders = ExtensionEngine.ForAnalysisWindow(refuted, [auction], Both, ExtensionSettings.Default);

        Assert.Equal("2026-11-20 11:40", NewOf(orders, DeadlineKind.AcceptanceEnd));
    }

    private static FailureFacts Appeal(string detected, string? decided) =>
        new("INC-1", Module, Astana(detected), DecidedAt: decided is null ? null : Astana(decided), ParticipationBlocked: false,
            AffectedProcurements: new HashSet<string> { "P-1" });
}
