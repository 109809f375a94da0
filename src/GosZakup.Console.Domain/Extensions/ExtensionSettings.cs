namespace GosZakup.Console.Domain.Extensions;

/// <summary>R2 §10's carve-out. The Kazakh text reads "except technical failures that impede users' ability to
/// take part in the procurement, the operator extends…" ("Пайдаланушылардың сатып алуға қатысу мүмкіндігіне кедергі
/// болатын техникалық іркілістерін қоспағанда"): the default follows it, <see cref="UnlessParticipationBlocked"/>.
/// The other readings stay settings, shown beside the clause.</summary>
public enum AnalysisWindowRule
{
    /// <summary>Extend only when the appeal says participation was blocked (an earlier reading: the extension protects
    /// exactly the users the failure stopped).</summary>
    WhenParticipationBlocked = 1,

    /// <summary>The text, and the default: extend unless the failure blocks participation (those failures are left to
    /// the level's own clauses, R2 §15-§16, once confirmed).</summary>
    UnlessParticipationBlocked = 2,

    /// <summary>Extend whatever the appeal says: no supplier loses time while the operator decides.</summary>
    Always = 3,
}

/// <param name="AnalysisWindow">How R2 §10's carve-out is read.</param>
/// <param name="LaterStagesFollow">A moved deadline that would overtake a later stage of the same procurement
/// (an opening before the new end of acceptance, results before the moved second round) carries that stage
/// along, keeping its distance. The Rules move "the acceptance time" and publish "the new deadlines" (R2 §15.8,
/// plural); an opening before the end of acceptance would void the applications still coming in.</param>
public sealed record ExtensionSettings(AnalysisWindowRule AnalysisWindow, bool LaterStagesFollow)
{
    public static ExtensionSettings Default { get; } = new(AnalysisWindowRule.UnlessParticipationBlocked, LaterStagesFollow: true);

    public bool ExtendsAnalysisWindow(bool participationBlocked) => AnalysisWindow switch
    {
        AnalysisWindowRule.WhenParticipationBlocked => participationBlocked,
        AnalysisWindowRule.UnlessParticipationBlocked => !participationBlocked,
        _ => true,
    };
}
