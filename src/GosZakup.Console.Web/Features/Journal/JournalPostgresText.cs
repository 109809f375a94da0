using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>
/// The search box on PostgreSQL: a part of the organisation or BIN/IIN (the appeal's own columns) or of its incident's number.
/// Each way is first asked for up to <see cref="JournalSearch.DriveLimit"/> + 1 ids through its pg_trgm index. A way with
/// few matches becomes a list of ids (the page starts from them); a way with many stays an ILIKE condition, so the page walks
/// the registration index and stops after a page. Building every match of a common term ("INC-2026": 300,000 incidents) for
/// a UNION took 11–18 s over 1,000,000 appeals; an OR across the join could use no index at all.
/// </summary>
internal sealed class JournalPostgresText
{
    private readonly string pattern;
    private readonly List<Guid>? appeals, incidents;

    private JournalPostgresText(string pattern, List<Guid>? appeals, List<Guid>? incidents) =>
        (this.pattern, this.appeals, this.incidents) = (pattern, appeals, incidents);

    public static async Task<JournalPostgresText> PrepareAsync(AppDbContext db, string text, CancellationToken ct)
    {
        var pattern = JournalFiltering.Contained(text);
        var appeals = await FewAsync(db.Set<AppealRecord>()
            .Where(a => a.IncidentId != null
                && (EF.Functions.ILike(a.OrganisationName, pattern, JournalFiltering.Escape)
                    || EF.Functions.ILike(a.TaxpayerNumber!, pattern, JournalFiltering.Escape)))
            .Select(a => a.Id), ct);
        var incidents =
            await FewAsync(db.Set<IncidentRecord>().Where(i => EF.Functions.ILike(i.Number, pattern, JournalFiltering.Escape)).Select(i => i.Id), ct);
        return new JournalPostgresText(pattern, appeals, incidents);
    }

    /// <summary>More than <see cref="JournalSearch.DriveLimit"/> incident numbers contain the term.</summary>
    public bool ManyIncidents => incidents is null;

    public IQueryable<AppealRecord> Apply(IQueryable<AppealRecord> query)
    {
        var (p, own, of) = (pattern, appeals, incidents);
        return (own, of) switch
        {
            ({ Count: 0 }, { Count: 0 }) => query.Where(a => false),
            (not null, not null) => query.Where(a => own.Contains(a.Id) || of.Contains(a.IncidentId!.Value)),
            (not null, null) => query.Where(a => own.Contains(a.Id) || EF.Functions.ILike(a.Incident!.Number, p, JournalFiltering.Escape)),
            (null, not null) => query.Where(a => EF.Functions.ILike(a.OrganisationName, p, JournalFiltering.Escape)
                || EF.Functions.ILike(a.TaxpayerNumber!, p, JournalFiltering.Escape) || of.Contains(a.IncidentId!.Value)),
            _ => query.Where(a => EF.Functions.ILike(a.OrganisationName, p, JournalFiltering.Escape)
                || EF.Functions.ILike(a.TaxpayerNumber!, p, JournalFiltering.Escape) || EF.Functions.ILike(a.Incident!.Number, p, JournalFiltering.Escape)),
        };
    }

    /// <summary>The ids, or null when more than <see cref="JournalSearch.DriveLimit"/> match.</summary>
    private static async Task<List<Guid>?> FewAsync(IQueryable<Guid> ids, CancellationToken ct)
    {
        var few = await ids.Take(JournalSearch.DriveLimit + 1).ToListAsync(ct);
        return few.Count > JournalSearch.DriveLimit ? null : few;
    }
}
