using GosZakup.Console.Domain.Extensions;
using static GosZakup.Console.Domain.Tests.Extensions.ExtensionFixtures;

namespace GosZakup.Console.Domain.Tests.Extensions;

/// <summary>An order's life: proposed → applied → published (R2 §15.8, §16.8); a person may override a proposal.</summary>
public class ExtensionOrderTests
{
    private static readonly ExtensionOrder Proposal = new("P-1", "2", DeadlineKind.AcceptanceEnd, At("2026-11-24 18:00"), At("2026-11-24 20:00"),
        "R2 §15.4", new ExtensionSource(ExtensionSourceKind.Failure, "INC-1"));

    [Fact]
    public void A_proposal_is_applied_then_published()
    {
        var published = Proposal.Applied().Published();

        Assert.Equal(ExtensionOrderState.Published, published.State);
        Assert.True(published.IsInForce);
        Assert.Equal(NodaTime.Duration.FromHours(2), published.Extension);
    }

    [Fact]
    public void Steps_are_not_skipped_or_repeated()
    {
        Assert.Throws<InvalidOperationException>(() => Proposal.Published());
        Assert.Throws<InvalidOperationException>(() => Proposal.Applied().Applied());
        Assert.Throws<InvalidOperationException>(() => (Proposal with { State = ExtensionOrderState.Superseded }).Applied());
    }

    [Fact]
    public void An_override_needs_a_name_and_a_reason_and_still_extends()
    {
        Assert.Throws<ArgumentException>(() => Proposal.Override(At("2026-11-25 10:00"), "", "why"));
        Assert.Throws<ArgumentException>(() => Proposal.Override(At("2026-11-25 10:00"), "who", " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proposal.Override(At("2026-11-24 17:00"), "who", "why"));
        Assert.Throws<InvalidOperationException>(() => Proposal.Applied().Override(At("2026-11-25 10:00"), "who", "why"));
    }
}
