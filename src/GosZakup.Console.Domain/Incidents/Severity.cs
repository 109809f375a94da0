namespace GosZakup.Console.Domain.Incidents;

/// <summary>The level of a confirmed failure (R2 §12-§13).</summary>
public enum Severity
{
    /// <summary>Does not hinder procurement procedures or participation.</summary>
    Low = 1,

    /// <summary>Voided users' earlier work, or left one or several participants unable to take part.</summary>
    Medium = 2,

    /// <summary>A module stopped or unavailable: no portal user can take part.</summary>
    High = 3,
}
