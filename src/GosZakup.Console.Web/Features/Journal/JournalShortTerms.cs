using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>
/// Terms of 1–2 characters in the search box, organisation or employee field. No trigram index can answer them (SQLite's FTS5
/// trigram tokenizer and PostgreSQL's pg_trgm both need 3 characters), so matching them means reading rows: 0.5–0.9 s over
/// 1,000,000 appeals. On the Journal page they are therefore looked for among the <see cref="Rows"/> most recently received
/// appeals only (within the chosen dates), and the page says from which time it searched; within that window the answer
/// is exact. A download is never cut short: it searches every row.
/// </summary>
internal static class JournalShortTerms
{
    /// <summary>How many of the newest Journal rows a short term is looked for in (about 11 days of the 1,000,000-row load set).</summary>
    public const int Rows = 10_000;

    public static bool AnyIn(JournalFilter filter) => IsShort(filter.Text) || IsShort(filter.Organisation) || IsShort(filter.Employee);

    /// <summary>1 or 2 characters, counted as Unicode scalars (as the trigram tokenizer counts them).</summary>
    public static bool IsShort(string? term) => term is { Length: > 0 } && term.EnumerateRunes().Count() < JournalSearch.MinLength;

    /// <summary>The receipt time of the <see cref="Rows"/>-th newest Journal row within the filter's dates: short terms are looked
    /// for from it on. Null when the dates hold no more rows than that (the whole range is searched).</summary>
    public static async Task<DateTime?> WindowStartAsync(AppDbContext db, JournalFilter filter, CancellationToken ct)
    {
        var rows = db.Set<AppealRecord>().AsNoTracking().Where(a => a.IncidentId != null);
        if (filter.FromDay is { } from)
        {
            var start = JournalFiltering.StartOfAstanaDay(from);
            rows = rows.Where(a => a.ReceivedAtUtc >= start);
        }
        if (filter.ToDay is { } to)
        {
            var end = JournalFiltering.StartOfAstanaDay(to.AddDays(1));
            rows = rows.Where(a => a.ReceivedAtUtc < end);
        }
        var nth = await rows.OrderByDescending(a => a.ReceivedAtUtc).Select(a => a.ReceivedAtUtc).Skip(Rows - 1).Take(1).ToListAsync(ct);
        return nth.Count == 0 ? null : nth[0];
    }
}
