using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>A row of the Register Journal (form F1): a registered appeal with its incident.</summary>
public sealed record JournalRow(
    string Number, string Organisation, string? TaxpayerNumber, DateTime ReceivedAtUtc, string? Email, string? Phone,
    string Description, string? Employee, DateTime RegisteredAtUtc, string Status);

public sealed record JournalRows(IReadOnlyList<JournalRow> Rows, int Total);

/// <summary>Reads the Register Journal: newest first, paged on the server, filtered by text (number,
/// organisation, BIN/IIN) and by the Astana dates of the appeal.</summary>
public sealed class JournalQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<JournalRows> PageAsync(string? text, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<AppealRecord>().AsNoTracking().Where(a => a.IncidentId != null);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            query = query.Where(a => a.Incident!.Number.Contains(term) || a.OrganisationName.Contains(term) || (a.TaxpayerNumber ?? "").Contains(term));
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.RegisteredAtUtc).Skip(skip).Take(take)
            .Select(a => new JournalRow(a.Incident!.Number, a.OrganisationName, a.TaxpayerNumber, a.ReceivedAtUtc, a.ContactEmail, a.ContactPhone,
                a.Description, a.RegisteredByName, a.RegisteredAtUtc!.Value, a.Incident.Status))
            .ToListAsync(ct);
        return new JournalRows(rows, total);
    }
}
