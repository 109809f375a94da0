using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Procurements;

public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportProblem> Problems);

/// <summary>How far an import got: the first <paramref name="Done"/> procurements of the file are saved, with these counts
/// and the problems met while saving.</summary>
public sealed record ImportCheckpoint(int Done, int Created, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    public static readonly ImportCheckpoint Start = new(0, 0, 0, []);
}

/// <summary>Saves checked procurements: each in its own context and SaveChanges, so one that fails leaves nothing behind
/// and does not stop the others. A procurement is found again by its announcement number: re-importing updates it, and
/// every deadline that moves gets a <see cref="DeadlineChangeRecord"/> with Source "import".</summary>
public sealed class ProcurementImport(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const string ImportSource = "import";

    public static ImportFile Read(string fileName, string content) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ProcurementCsvReader.Read(content) : ProcurementJsonReader.Read(content);

    public Task<ImportResult> ImportAsync(ImportFile file, string byName, IProgress<int>? progress, CancellationToken ct) =>
        ImportAsync(file, byName, ImportCheckpoint.Start, progress is null ? null : (checkpoint, _) =>
        {
            progress.Report(checkpoint.Done);
            return Task.CompletedTask;
        }, ct);

    /// <summary>Imports the file's procurements from the checkpoint on (the first <see cref="ImportCheckpoint.Done"/> are
    /// saved already), reporting a checkpoint after each one.</summary>
    public async Task<ImportResult> ImportAsync(ImportFile file, string byName, ImportCheckpoint from,
        Func<ImportCheckpoint, CancellationToken, Task>? saved, CancellationToken ct)
    {
        var (created, updated, done) = (from.Created, from.Updated, from.Done);
        var concurrent = new List<ImportProblem>(from.Problems);
        foreach (var procurement in file.Procurements.Skip(done))
        {
            try
            {
                if (await SaveAsync(procurement, byName, ct)) created++;
                else updated++;
            }
            catch (DbUpdateException)
            {
                // A concurrent edit or import of the same procurement: nothing of this one was saved.
                concurrent.Add(new ImportProblem(0, procurement.Number, "Procurements.Import.Concurrent", procurement.Number));
            }

            if (saved is not null) await saved(new ImportCheckpoint(++done, created, updated, concurrent), ct);
        }

        return new ImportResult(created, updated, [.. file.Problems, .. concurrent]);
    }

    /// <returns>True when the procurement is new.</returns>
    private async Task<bool> SaveAsync(ImportedProcurement source, string byName, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var record = await db.Set<ProcurementRecord>()
            .Include(p => p.Lots).Include(p => p.Deadlines).Include(p => p.Suppliers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.AnnouncementNumber == source.Number, ct);
        var isNew = record is null;
        if (record is null)
        {
            record = new ProcurementRecord { AnnouncementNumber = source.Number };
            db.Add(record);
        }

        record.Name = source.Name;
        record.CustomerName = source.CustomerName;
        record.CustomerBin = source.CustomerBin;
        record.OrganiserName = source.OrganiserName;
        record.OrganiserBin = source.OrganiserBin;
        record.Method = source.Method;
        record.SystemModule = source.SystemModule;
        record.ResultsProtocolFormedAutomatically = source.ResultsProtocolFormedAutomatically;
        record.ImportedAtUtc = now;

        SyncLots(db, record, source.Lots);
        var inForce = isNew ? [] : await InForceAsync(db, record.Id, ct);
        SyncDeadlines(db, record, source.Deadlines, inForce, isNew, now, byName);
        if (source.Suppliers is not null) SyncSuppliers(db, record, source.Suppliers);
        await db.SaveChangesAsync(ct);
        return isNew;
    }

    private static void SyncLots(AppDbContext db, ProcurementRecord record, IReadOnlyList<ImportedLot> lots)
    {
        foreach (var gone in record.Lots.Where(l => lots.All(n => n.LotNumber != l.LotNumber)).ToList())
        {
            db.RemoveRange(record.Deadlines.Where(d => d.LotId == gone.Id));
            record.Deadlines.RemoveAll(d => d.LotId == gone.Id);
            record.Lots.Remove(gone);
            db.Remove(gone);
        }

        foreach (var lot in lots)
        {
            var existing = record.Lots.FirstOrDefault(l => l.LotNumber == lot.LotNumber);
            if (existing is null) record.Lots.Add(existing = Added(db, new LotRecord { ProcurementId = record.Id, LotNumber = lot.LotNumber }));
            existing.Name = lot.Name;
            existing.Amount = lot.Amount;
        }
    }

    /// <summary>The latest new deadline of the extensions in force, per deadline of the procurement itself.</summary>
    private static async Task<Dictionary<DeadlineKind, DateTime>> InForceAsync(AppDbContext db, Guid procurementId, CancellationToken ct) =>
        (await db.Set<ExtensionOrderRecord>().AsNoTracking()
            .Where(o => o.ProcurementId == procurementId && o.LotId == null
                && (o.State == ExtensionOrderState.Applied || o.State == ExtensionOrderState.Published))
            .Select(o => new { o.Kind, o.NewUtc }).ToListAsync(ct))
        .GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => g.Max(o => o.NewUtc));

    /// <summary>The file's deadlines are the procurement's own (no lot). A deadline the file does not give is kept. The file
    /// gives the announced date; an extension in force that moved it later still stands until the portal's data catches up.</summary>
    private static void SyncDeadlines(AppDbContext db, ProcurementRecord record, IReadOnlyDictionary<DeadlineKind, DateTime> deadlines,
        IReadOnlyDictionary<DeadlineKind, DateTime> inForce, bool isNew, DateTime now, string byName)
    {
        foreach (var (kind, announced) in deadlines)
        {
            var existing = record.Deadlines.FirstOrDefault(d => d.LotId is null && d.Kind == kind);
            if (existing is not null) existing.AnnouncedUtc = announced;
            var atUtc = inForce.TryGetValue(kind, out var extended) && extended > announced ? extended : announced;
            if (existing?.AtUtc == atUtc) continue;
            if (!isNew)
                db.Add(new DeadlineChangeRecord
                {
                    ProcurementId = record.Id, Kind = kind, OldUtc = existing?.AtUtc, NewUtc = atUtc, Source = ImportSource, AtUtc = now, ByName = byName,
                });
            if (existing is null) record.Deadlines.Add(Added(db,
                new ProcurementDeadlineRecord { ProcurementId = record.Id, Kind = kind, AtUtc = atUtc, AnnouncedUtc = announced }));
            else existing.AtUtc = atUtc;
        }
    }

    private static void SyncSuppliers(AppDbContext db, ProcurementRecord record, IReadOnlyList<ImportedSupplier> suppliers)
    {
        foreach (var gone in record.Suppliers.Where(s => suppliers.All(n => n.TaxpayerNumber != s.TaxpayerNumber)).ToList())
        {
            record.Suppliers.Remove(gone);
            db.Remove(gone);
        }

        foreach (var supplier in suppliers)
        {
            var existing = record.Suppliers.FirstOrDefault(s => s.TaxpayerNumber == supplier.TaxpayerNumber);
            if (existing is null) record.Suppliers.Add(existing = Added(db,
                new PotentialSupplierRecord { ProcurementId = record.Id, TaxpayerNumber = supplier.TaxpayerNumber }));
            existing.Name = supplier.Name;
            existing.Email = supplier.Email;
            existing.Phone = supplier.Phone;
            existing.SecurityAmount = supplier.SecurityAmount;
        }
    }

    /// <summary>Marks a new child as added explicitly: found only through a navigation, an entity whose Guid key is already
    /// set would be taken for an existing row and updated.</summary>
    private static T Added<T>(AppDbContext db, T entity) where T : class
    {
        db.Add(entity);
        return entity;
    }
}
