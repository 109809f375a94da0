namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>A loss of internet access in a region (R2 §16.6), as the Supervisor enters it: times in Astana wall-clock time.</summary>
public sealed class RegionalLossForm
{
    public string? Region { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }

    /// <summary>The confirmation on record (letter number, provider's statement); without it nothing moves.</summary>
    public string? Confirmation { get; set; }
}

/// <summary>Force majeure behind the failure (R1 §13-§14, R2 §16.6) and the Owner's agreement, as the Supervisor enters them.</summary>
public sealed class ForceMajeureForm
{
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public string? Description { get; set; }
    public bool WholePortal { get; set; }
    public string? AgreementBy { get; set; }
    public string? AgreementReference { get; set; }
    public DateTime? AgreementAt { get; set; }
}
