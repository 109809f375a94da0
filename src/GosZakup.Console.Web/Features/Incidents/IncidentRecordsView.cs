using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>Another incident linked to this one (R2 §15.7), whichever side the link was made from.</summary>
public sealed record LinkedIncident(Guid LinkId, Guid IncidentId, string Number, IncidentStatus Status, string? Note, DateTime LinkedAtUtc, string ByName);

/// <summary>A referral with the documents filed with it.</summary>
public sealed record ReferralEntry(ReferralRecord Referral, IReadOnlyList<IncidentDocumentRecord> Documents);

/// <summary>What the evidence, links and referrals panels of an incident show.</summary>
public sealed record IncidentRecordsView(
    IReadOnlyList<IncidentDocumentRecord> Evidence,
    IReadOnlyList<LinkedIncident> Links,
    IReadOnlyList<ReferralEntry> Referrals)
{
    public static IncidentRecordsView Empty { get; } = new([], [], []);
}
