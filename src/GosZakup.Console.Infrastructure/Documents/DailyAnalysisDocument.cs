using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The daily analysis of failures (R2 §26) for one day: what the page shows, the PDF prints and the mail sums up.</summary>
/// <param name="Day">The day reported, in Astana.</param>
/// <param name="FromUtc">Start of the period: the day's midnight in Astana.</param>
/// <param name="ToUtc">End of the period (exclusive): the next working day's midnight, so days off after a working day
/// fall in its analysis and nothing falls between two runs of the job.</param>
public sealed record DailyAnalysisDocument(
    DateOnly Day, DateTime FromUtc, DateTime ToUtc, DateTime CreatedAtUtc,
    IReadOnlyList<DailyIncidentRow> Incidents, IReadOnlyList<DailyBreachRow> Breaches)
{
    public int OperatorRelated => Incidents.Count(i => i.OperatorRelated == true);

    public int MetLate => Breaches.Count(b => b.MetAtUtc is not null);

    public int StillOpen => Breaches.Count(b => b.MetAtUtc is null);

    /// <summary>Every status with its count, in the life cycle's order; statuses no incident has are left out.</summary>
    public IReadOnlyList<(IncidentStatus Status, int Count)> ByStatus =>
        [.. Incidents.GroupBy(i => i.Status).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];

    /// <summary>Every level with its count, low to high; incidents without a level (not confirmed) are left out.</summary>
    public IReadOnlyList<(Severity Level, int Count)> ByLevel =>
        [.. Incidents.Where(i => i.Level is not null).GroupBy(i => i.Level!.Value).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];
}

/// <summary>One incident registered, open or closed in the period, with its status at the period's end.</summary>
/// <param name="DecidedAtUtc">When it was confirmed or refuted (<paramref name="Refuted"/> says which).</param>
/// <param name="Measures">The fix's measures, else the analysis's result (the decision's grounds).</param>
public sealed record DailyIncidentRow(
    string Number, DateTime RegisteredAtUtc, DateTime? DecidedAtUtc, bool Refuted, DateTime? FixedAtUtc, DateTime? ClosedAtUtc,
    Severity? Level, FailureCause? Cause, bool? OperatorRelated, string? Measures, IncidentStatus Status);

/// <summary>A duty due in the period and met late, or still open past its legal limit.</summary>
/// <param name="Subject">The incident's number, or the appeal's organisation for an appeal not yet registered.</param>
/// <param name="MetAtUtc">When it was met (late), or null while it is still open.</param>
public sealed record DailyBreachRow(string Subject, string Code, string Clause, DateTime DueAtUtc, DateTime? MetAtUtc);
