using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Web.Features.SecurityReturns;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>What the operator gives the Working Group for a quarter (R2 §27): the Register Journal extract (F1), each
/// failure with its cause, measures and result, the breaches of the Rules' clocks, and the signed Acts that cost suppliers
/// their application security, with the amounts.</summary>
/// <param name="JournalTotal">Appeals in the quarter; more than <see cref="QuarterlyReportBuilder.MaxJournalRows"/> are counted, not listed.</param>
public sealed record QuarterlyReport(
    Quarter Quarter, DateTime BuiltAtUtc, IReadOnlyList<F1Row> Journal, int JournalTotal, IReadOnlyList<QuarterIncident> Incidents,
    IReadOnlyList<LevelCount> ByLevel, IReadOnlyList<ClauseBreaches> Breaches, IReadOnlyList<QuarterAct> Acts, QuarterSecurity Security);

/// <param name="Level">Null for a failure not confirmed (refuted, or still being analysed).</param>
public sealed record QuarterIncident(
    string Number, DateTime RegisteredAtUtc, Severity? Level, string Status, bool? IsOperatorRelated, string? CauseKk, string? CauseRu,
    string? Measures, DateTime? FixedAtUtc);

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

/// <summary>The securities in the quarter's Acts, and what organisers returned and the operator refunded in the quarter.</summary>
public sealed record QuarterSecurity(decimal InActs, SecurityReturnTotals Returns);
