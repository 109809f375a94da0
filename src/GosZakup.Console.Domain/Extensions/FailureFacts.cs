using GosZakup.Console.Domain.Incidents;
using NodaTime;

namespace GosZakup.Console.Domain.Extensions;

/// <summary>What the extension clauses need to know of one incident (a suspected or confirmed technical failure).</summary>
/// <param name="Incident">The incident's number in the Register Journal (R2 §8): the source of its orders.</param>
/// <param name="Module">The System module that failed (R2 §16.2: at high level, its every procurement).</param>
/// <param name="DetectedAt">When the failure was detected (R2 §6.1): the start of the failure and of the window
/// in which it is being confirmed or refuted (R2 §10).</param>
/// <param name="InformationAt">When the information about the failure arrived (the first appeal's receipt, R2 §9):
/// with no decision yet, the R2 §9 limit (2 working hours from it) stands in for the decision, provisionally.</param>
/// <param name="DecidedAt">When the failure was confirmed or refuted (R2 §9, form F1).</param>
/// <param name="Severity">The level set on confirmation (R2 §12-§13); null while unconfirmed or when refuted.</param>
/// <param name="PlannedFix">The planned fix time announced under R2 §14.1, §15.2, §16.3.</param>
/// <param name="ActualFix">When the fix was confirmed (R2 §15.8, §16.8); replaces <paramref name="PlannedFix"/>.</param>
/// <param name="ParticipationBlocked">The appeal says the failure kept the user from taking part (the R2 §10 carve-out).</param>
/// <param name="AffectedProcurements">The announcement numbers the failure showed in (at medium level, the only
/// procurements that move; at high level, added to the module's).</param>
/// <param name="RegionalInternetLoss">A loss of internet access in a region (R2 §16.6), if one was reported.</param>
/// <param name="ForceMajeure">Force majeure behind the failure (R1 §13-§14, R2 §16.6), if any.</param>
public sealed record FailureFacts(
    string Incident,
    string Module,
    Instant DetectedAt,
    Instant? InformationAt = null,
    Instant? DecidedAt = null,
    Severity? Severity = null,
    Instant? PlannedFix = null,
    Instant? ActualFix = null,
    bool ParticipationBlocked = false,
    IReadOnlySet<string>? AffectedProcurements = null,
    RegionalInternetLoss? RegionalInternetLoss = null,
    ForceMajeure? ForceMajeure = null)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public IReadOnlySet<string> Affected => AffectedProcurements ?? None;

    /// <summary>The end of the failure as far as it is known: the confirmed fix, else the planned one.</summary>
    public Instant? FixedAt => ActualFix ?? PlannedFix;

    /// <summary>Orders computed from the planned fix are provisional: the actual fix replaces them.</summary>
    public bool FixIsPlanned => ActualFix is null;

    /// <summary>Times before the detection are data-entry errors, caught here rather than turned into negative extensions.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Incident);
        foreach (var (name, at) in new[] { ("information", InformationAt), ("decision", DecidedAt), ("planned fix", PlannedFix), ("actual fix", ActualFix) })
            if (at is { } value && value < DetectedAt)
                throw new ArgumentException($"Incident {Incident}: the {name} precedes the detection of the failure.");
    }
}

/// <summary>A confirmed loss of guaranteed internet access in a region (R2 §16.6): when it lasted more than one day
/// and most users there could not work, every procurement on the portal gains one working day.</summary>
/// <param name="Confirmation">The recorded confirmation (letter, provider's statement); without it nothing moves.</param>
public sealed record RegionalInternetLoss(string Region, Instant From, Instant To, string? Confirmation)
{
    /// <summary>"More than one day": strictly longer than 24 hours of calendar time (a time without "working" is
    /// counted in calendar time; rules.md, notes).</summary>
    public bool LastedMoreThanADay => To - From > Duration.FromDays(1);

    public bool IsConfirmed => !string.IsNullOrWhiteSpace(Confirmation);
}

/// <summary>Force majeure (R1 §13-§14, R2 §16.6): procurement dates shift by the days of the period, and only in
/// agreement with the Owner (R2 §16.6; R1 §14 "with the Owner told first").</summary>
/// <param name="Id">The force-majeure record's identifier: the source of its orders.</param>
/// <param name="Module">The module it stopped, or null for the whole portal.</param>
/// <param name="OwnerAgreement">The Owner's recorded agreement; without it nothing moves.</param>
public sealed record ForceMajeure(string Id, Instant From, Instant To, OwnerAgreement? OwnerAgreement, string? Module = null);

/// <summary>Who agreed for the Owner, on what document, when.</summary>
public sealed record OwnerAgreement(string By, string Reference, Instant At);
