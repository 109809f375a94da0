using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>What the operator gives the Working Group for a quarter (R2 §27): the Register Journal extract (F1), each
/// failure with its cause, measures, result and prevention advice, the breaches of the Rules' clocks, and the signed Acts
/// that cost suppliers their application security, with the amounts. Kept as built, so the signed PDF shows what was reviewed.</summary>
/// <param name="JournalTotal">Appeals in the quarter; when more than the extract lists, the extract says so.</param>
public sealed record QuarterlyReportDocument(
    Quarter Quarter, DateTime BuiltAtUtc, IReadOnlyList<F1Row> Journal, int JournalTotal, IReadOnlyList<QuarterIncident> Incidents,
    IReadOnlyList<LevelCount> ByLevel, IReadOnlyList<ClauseBreaches> Breaches, IReadOnlyList<QuarterAct> Acts, QuarterSecurity Security)
{
    /// <summary>Built before the quarter ended: the report covers the quarter so far.</summary>
    public bool IsPartial => BuiltAtUtc < Quarter.ToUtc;
}

/// <param name="Level">Null for a failure not confirmed (refuted, or still being analysed).</param>
public sealed record QuarterIncident(
    string Number, DateTime RegisteredAtUtc, Severity? Level, IncidentStatus Status, bool? IsOperatorRelated, string? CauseKk, string? CauseRu,
    string? Measures, DateTime? FixedAtUtc, string? PreventionKk, string? PreventionRu);

public sealed record LevelCount(Severity? Level, int Incidents);

/// <summary>The duties of one clause that fell due in the quarter, and how many were met late or are still overdue.</summary>
public sealed record ClauseBreaches(string Clause, string Code, int Due, int Breached)
{
    public decimal Rate => Due == 0 ? 0 : Math.Round(100m * Breached / Due, 1);
}

public sealed record QuarterAct(string Number, DateTime SignedAtUtc, DateTime? PublishedAtUtc, bool IsOperatorRelated, string ProcurementNumbers,
    IReadOnlyList<QuarterActSupplier> Suppliers)
{
    public decimal Total => Suppliers.Sum(s => s.Amount);
}

/// <param name="State">Where the return of the security stands; null before the Act is published.</param>
public sealed record QuarterActSupplier(string Name, string TaxpayerNumber, string ProcurementNumber, decimal Amount, SecurityReturnState? State);

/// <summary>The securities in the quarter's Acts, and what organisers returned (R2 §18) and the operator refunded (R2 §20) in the quarter.</summary>
public sealed record QuarterSecurity(decimal InActs, int ReturnedByOrganisers, decimal ReturnedAmount, int RefundedByOperator, decimal RefundedAmount);
