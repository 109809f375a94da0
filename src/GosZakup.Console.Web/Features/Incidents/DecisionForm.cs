namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>What the Specialist records when deciding (R2 §9-§13). Times are Astana wall-clock times.</summary>
public sealed class DecisionForm
{
    public string ReproductionSteps { get; set; } = "";
    public string ReproductionResult { get; set; } = "";
    public bool? AllUsersBlocked { get; set; }
    public bool? AffectedParticipantsCouldNotTakePart { get; set; }
    public string? SystemModule { get; set; }
    public DateTime? PlannedFixAt { get; set; }
    public bool? IsOperatorRelated { get; set; }
    public string? CauseCode { get; set; }
    public string? ClassificationNote { get; set; }

    /// <summary>R2 §25: the Working Group's information-security members who took part in the decision.</summary>
    public HashSet<Guid> SecurityMemberIds { get; set; } = [];

    /// <summary>R2 §25: recorded on purpose that none of them took part (rather than left blank).</summary>
    public bool NoSecurityMemberTookPart { get; set; }
}
