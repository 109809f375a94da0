using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>What the written report to the Owner and the Working Group after a fix (R2 §15.9, §16.9) says: the failure,
/// its cause, the measures, the result, the new deadlines and the advice that should keep it from happening again.</summary>
public sealed record OwnerReportDocument(
    string OperatorNameKk, string OperatorNameRu, string IncidentNumber, Severity Level, string? SystemModule,
    DateTime FailureFromUtc, DateTime FixedAtUtc, BilingualText Cause, string CauseClause, string Measures,
    IReadOnlyList<OwnerReportDeadline> NewDeadlines, int MoreDeadlines, string PreventionKk, string PreventionRu,
    DateTime ReportedAtUtc, string ReportedByName, bool IsDraft)
{
    /// <summary>R2 §16.9 for a high failure, §15.9 for a medium one.</summary>
    public string Clause => Level == Severity.High ? "16.9" : "15.9";
}

/// <summary>One moved deadline of a procurement (R2 §15-§16): the old and the new instant, in UTC.</summary>
public sealed record OwnerReportDeadline(string ProcurementNumber, string? LotNumber, DeadlineKind Kind, DateTime OldUtc, DateTime NewUtc);
