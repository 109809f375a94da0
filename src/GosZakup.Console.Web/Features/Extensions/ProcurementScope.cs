using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>The procurements an extension source may move, as the engine sees them (announced dates), and the ids to
/// store orders against.</summary>
public sealed class ProcurementScope
{
    private readonly Dictionary<string, Guid> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid, string), Guid> lotIds = [];

    public List<ProcurementDeadlines> Procurements { get; } = [];

    public Guid? IdOf(string number) => ids.TryGetValue(number, out var id) ? id : null;

    public Guid? LotIdOf(Guid procurement, string? lot) => lot is not null && lotIds.TryGetValue((procurement, lot), out var id) ? id : null;

    public IReadOnlyCollection<Guid> Ids => ids.Values;

    /// <summary>The scope's procurement ids as a query, to use inside another query: a list of 50,000 ids would exceed
    /// SQLite's limit on parameters.</summary>
    public IQueryable<Guid> IdsQuery(AppDbContext db) => Filter(db.Set<ProcurementRecord>(), modules, numbers, everyModule).Select(p => p.Id);

    private IReadOnlyCollection<string> modules = [];
    private IReadOnlyCollection<string> numbers = [];
    private bool everyModule;

    private static IQueryable<ProcurementRecord> Filter(IQueryable<ProcurementRecord> procurements, IReadOnlyCollection<string> modules,
        IReadOnlyCollection<string> numbers, bool everyModule) =>
        everyModule ? procurements : procurements.Where(p => modules.Contains(p.SystemModule) || numbers.Contains(p.AnnouncementNumber));

    /// <summary>The procurements of <paramref name="modules"/> (any module when <paramref name="everyModule"/>) and those
    /// named in <paramref name="numbers"/>, with their deadlines as announced.</summary>
    public static async Task<ProcurementScope> LoadAsync(AppDbContext db, IReadOnlyCollection<string> modules, IReadOnlyCollection<string> numbers,
        bool everyModule, CancellationToken ct)
    {
        var procurements = Filter(db.Set<ProcurementRecord>().AsNoTracking(), modules, numbers, everyModule);
        var rows = await (
            from p in procurements
            join d in db.Set<ProcurementDeadlineRecord>() on p.Id equals d.ProcurementId
            orderby p.Id, d.LotId
            select new { p.Id, p.AnnouncementNumber, p.Method, p.SystemModule, p.ResultsProtocolFormedAutomatically, d.LotId, d.Kind, d.AnnouncedUtc })
            .ToListAsync(ct);
        var lots = await db.Set<LotRecord>().AsNoTracking()
            .Where(l => procurements.Any(p => p.Id == l.ProcurementId) && db.Set<ProcurementDeadlineRecord>().Any(d => d.LotId == l.Id))
            .Select(l => new { l.Id, l.ProcurementId, l.LotNumber }).ToListAsync(ct);
        var lotNumbers = lots.ToDictionary(l => l.Id, l => l.LotNumber);

        var scope = new ProcurementScope { modules = modules, numbers = numbers, everyModule = everyModule };
        foreach (var lot in lots) scope.lotIds[(lot.ProcurementId, lot.LotNumber)] = lot.Id;
        foreach (var group in rows.GroupBy(r => (r.Id, r.LotId)))
        {
            var first = group.First();
            scope.ids[first.AnnouncementNumber] = first.Id;
            var lotNumber = first.LotId is { } lotId ? lotNumbers.GetValueOrDefault(lotId) : null;
            if (first.LotId is not null && lotNumber is null) continue;
            scope.Procurements.Add(new ProcurementDeadlines(first.AnnouncementNumber, lotNumber, first.Method,
                string.IsNullOrEmpty(first.SystemModule) ? "—" : first.SystemModule,
                group.Select(r => KeyValuePair.Create(r.Kind, Instant.FromDateTimeUtc(r.AnnouncedUtc))),
                first.ResultsProtocolFormedAutomatically));
        }
        return scope;
    }
}
