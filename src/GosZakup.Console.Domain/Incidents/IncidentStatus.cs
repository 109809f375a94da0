namespace GosZakup.Console.Domain.Incidents;

/// <summary>Where an incident stands between its registration and its closing; the moves between them are
/// <see cref="IncidentLifecycle"/>'s.</summary>
public enum IncidentStatus
{
    /// <summary>Entered in the Register Journal (form F1) and given its identifier (R2 §7-§8).</summary>
    Registered = 1,

    /// <summary>A specialist is analysing the material and reproducing the user's actions (R2 §9).</summary>
    UnderAnalysis = 2,

    /// <summary>No technical failure of the System: the user is told, with the evidence (R2 §11).</summary>
    Refuted = 3,

    /// <summary>A technical failure, its level set on confirmation (R2 §12-§13).</summary>
    Confirmed = 4,

    /// <summary>The operator is removing the failure's causes (R2 §14.2, §15.7, §16.7).</summary>
    Fixing = 5,

    /// <summary>Removed; the user (and, at medium and high, the suppliers) are told (R2 §14.3, §15.8, §16.8).</summary>
    Fixed = 6,

    /// <summary>Nothing left to do for the incident: the last state.</summary>
    Closed = 7,
}

public static class IncidentStatusName
{
    /// <summary>The status a filter names, written exactly as the status is (as stored and as links carry it); null for
    /// any other text, which matches no incident.</summary>
    public static IncidentStatus? Parse(string? name) =>
        Enum.GetValues<IncidentStatus>().Select(s => (IncidentStatus?)s).FirstOrDefault(s => s.ToString() == name);
}
