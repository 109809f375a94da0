using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;

namespace GosZakup.Console.Web.Features.OwnerReports;

/// <summary>An incident as its report to the Owner sees it: the open or met <c>owner-report</c> duty, the cause, the
/// failure's period and the new deadlines its extensions set (the first <see cref="OwnerReportQuery.ListedDeadlines"/>).</summary>
public sealed record OwnerReportView(
    IncidentRecord Incident, bool DutyOpen, FailureCause? Cause, DateTime FailureFromUtc,
    IReadOnlyList<OwnerReportDeadline> Deadlines, int MoreDeadlines)
{
    public bool IsSent => Incident.OwnerReportSentAtUtc is not null;

    /// <summary>The staff, so the letter signs with the sender's full name, never a login.</summary>
    public StaffNameBook? Staff { get; init; }

    /// <summary>A medium or high failure after its fix, with the report still owed or already sent.</summary>
    public bool Applies => Incident.Severity is Severity.Medium or Severity.High
        && Incident.Status is IncidentStatus.Fixed or IncidentStatus.Closed
        && Incident.FixedAtUtc is not null && (DutyOpen || IsSent);

    public string Clause => Incident.Severity == Severity.High ? "R2 §16.9" : "R2 §15.9";
}
