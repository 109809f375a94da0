namespace GosZakup.Console.Domain.Extensions;

/// <summary>The dated steps of a procurement, in the order they happen. The numeric order is the stage order:
/// a move that would overtake a later stage carries it along (see <see cref="ExtensionSettings.LaterStagesFollow"/>).</summary>
public enum DeadlineKind
{
    /// <summary>Acceptance of applications (or price offers) opens. Never moved: it only tells whether acceptance
    /// was running when something happened.</summary>
    AcceptanceStart = 1,

    /// <summary>End of acceptance of applications or price offers (R2 §10, §15.4, §15.6, §16.4, §16.6, §24).</summary>
    AcceptanceEnd = 2,

    /// <summary>Opening of the applications (R2 §24).</summary>
    Opening = 3,

    /// <summary>Admission of the potential suppliers (R2 §24).</summary>
    Admission = 4,

    /// <summary>Start of an auction's first round of price offers.</summary>
    AuctionFirstRound = 5,

    /// <summary>Start of an auction's second round (R2 §15.5, §16.5).</summary>
    AuctionSecondRound = 6,

    /// <summary>Summing up: the results protocol (R2 §24).</summary>
    Results = 7,
}
