using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>What the appeal form (and the Register Journal's F1 row) holds. Times are Astana wall-clock
/// times as the operator reads them from the message or the phone.</summary>
public sealed class AppealForm
{
    public AppealChannel Channel { get; set; } = AppealChannel.Phone;
    public DateTime? ReceivedAt { get; set; }
    public DateTime? DetectedAt { get; set; }
    public string OrganisationName { get; set; } = "";
    public string? TaxpayerNumber { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string Description { get; set; } = "";
    public string? ProcurementNumbers { get; set; }
    public string? LotNumbers { get; set; }

    /// <summary>The user says the failure kept them from taking part (R2 §10: their procurements are extended while it is analysed).</summary>
    public bool ParticipationBlocked { get; set; }

    /// <summary>Nothing typed yet (channel and the preset received time aside): closing loses nothing.</summary>
    public bool IsBlank =>
        new[] { OrganisationName, TaxpayerNumber, ContactEmail, ContactPhone, Description, ProcurementNumbers, LotNumbers }.All(string.IsNullOrWhiteSpace)
        && DetectedAt is null && !ParticipationBlocked;

    /// <summary>Empties the form for the next appeal, received now (Astana wall clock).</summary>
    public void StartOver(DateTime receivedAt)
    {
        (Channel, ReceivedAt, DetectedAt, ParticipationBlocked) = (AppealChannel.Phone, receivedAt, null, false);
        (OrganisationName, TaxpayerNumber, ContactEmail, ContactPhone, Description, ProcurementNumbers, LotNumbers) = ("", null, null, null, "", null, null);
    }
}
