using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Penalties;

/// <summary>The operator-related failures of a quarter (R2 §28): confirmed, classified with an operator-related cause, and
/// fixed or still open; the quarter is the one their failure began in (detection, R2 §6.1).</summary>
public sealed class PenaltyQuery(IDbContextFactory<AppDbContext> dbFactory, PenaltyOptions options, TimeProvider clock)
{
    private static readonly IncidentStatus[] Confirmed =
        [IncidentStatus.Confirmed, IncidentStatus.Fixing, IncidentStatus.Fixed, IncidentStatus.Closed];

    private static readonly IncidentStatus[] Open = [IncidentStatus.Confirmed, IncidentStatus.Fixing];

    public PenaltyOptions Options => options;

    public async Task<PenaltyTotals> ForQuarterAsync(Quarter quarter, CancellationToken ct = default)
    {
        var causes = FailureCauseCatalogue.OperatorRelated.Select(c => c.Code).ToList();
        var (start, end) = (quarter.FromUtc, quarter.ToUtc);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var incidents = await db.Set<IncidentRecord>().AsNoTracking().Include(i => i.Appeals).AsSplitQuery()
            .Where(i => i.CauseCode != null && causes.Contains(i.CauseCode) && Confirmed.Contains(i.Status)
                        && (i.FixedAtUtc != null || Open.Contains(i.Status))
                        // A failure is never detected after its registration, so one begun in the quarter was registered in it or later.
                        && i.RegisteredAtUtc >= start)
            .ToListAsync(ct);
        var inputs = incidents
            .Select(i => new PenaltyInput(i.Number, IncidentFailureFacts.From(i, i.Appeals).DetectedAt.ToDateTimeUtc(), i.FixedAtUtc, i.CauseCode!))
            .Where(p => p.StartUtc >= start && p.StartUtc < end);
        return PenaltyCalculator.Compute(inputs, options, clock.GetUtcNow().UtcDateTime);
    }
}
