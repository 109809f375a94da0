using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>An incident an appeal is probably about, and why the console thinks so.</summary>
public sealed record LikelyIncident(Guid IncidentId, string Number, string Organisation, DateTime RegisteredAtUtc, string ReasonKey);

/// <summary>Several users often report one failure. Before a new incident is registered, the console
/// suggests recent incidents that look like the same failure: same BIN/IIN and a shared procurement,
/// same BIN/IIN and description, or the very same description.</summary>
public sealed class DuplicateFinder(IDbContextFactory<AppDbContext> dbFactory)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public async Task<IReadOnlyList<LikelyIncident>> SuggestAsync(AppealForm form, DateTime receivedAtUtc, Guid? exceptAppeal = null,
        CancellationToken ct = default)
    {
        var since = receivedAtUtc - Window;
        var description = Normalize(form.Description);
        var procurements = Numbers(form.ProcurementNumbers);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recent = await db.Set<AppealRecord>().AsNoTracking().Include(a => a.Incident)
            .Where(a => a.IncidentId != null && a.ReceivedAtUtc >= since && a.ReceivedAtUtc <= receivedAtUtc + Window && a.Id != exceptAppeal)
            .OrderByDescending(a => a.ReceivedAtUtc).Take(200).ToListAsync(ct); // a day's registrations: compared in memory
        return recent
            .Select(a => (Appeal: a, Reason: ReasonFor(a, form.TaxpayerNumber, procurements, description)))
            .Where(m => m.Reason is not null)
            .GroupBy(m => m.Appeal.IncidentId)
            .Select(g => g.First())
            .Select(m => new LikelyIncident(m.Appeal.IncidentId!.Value, m.Appeal.Incident!.Number, m.Appeal.OrganisationName,
                m.Appeal.Incident.RegisteredAtUtc, m.Reason!))
            .ToList();
    }

    private static string? ReasonFor(AppealRecord earlier, string? taxpayer, HashSet<string> procurements, string description)
    {
        var sameTaxpayer = taxpayer is not null && earlier.TaxpayerNumber == taxpayer;
        if (sameTaxpayer && procurements.Overlaps(Numbers(earlier.ProcurementNumbers))) return "Duplicate.SameProcurement";
        if (Normalize(earlier.Description) == description) return sameTaxpayer ? "Duplicate.SameTaxpayerAndText" : "Duplicate.SameText";
        return null;
    }

    private static HashSet<string> Numbers(string? text) => AppealRules.Numbers(text).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
