using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GosZakup.Console.Infrastructure.Persistence;

/// <summary>Every modified record that carries a <c>Version</c> concurrency token gets a new one when it is saved, so no
/// command can forget to (three once did), and a second writer holding the old version is refused. A save that changes
/// only bookkeeping the jobs keep (<see cref="Bookkeeping"/>) keeps the version: the extension job clearing "extensions
/// due" just after a Specialist confirmed must not make the Specialist's page stale.</summary>
internal sealed class VersionStamp : SaveChangesInterceptor
{
    public const string Property = "Version";

    /// <summary>Columns no person edits: a job's marks that work on the record is due or done.</summary>
    private static readonly HashSet<(Type Record, string Column)> Bookkeeping =
    [
        (typeof(IncidentRecord), nameof(IncidentRecord.ExtensionsDueAtUtc)),
        (typeof(WorksWindowRecord), nameof(WorksWindowRecord.ExtensionsDueAtUtc)),
    ];

    public static readonly VersionStamp Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context!.ChangeTracker);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Bump(eventData.Context!.ChangeTracker);
        return ValueTask.FromResult(result);
    }

    private static void Bump(ChangeTracker tracker)
    {
        if (tracker.AutoDetectChangesEnabled) tracker.DetectChanges(); // as SaveChanges itself would
        foreach (var entry in tracker.Entries())
        {
            if (entry.State != EntityState.Modified || entry.Metadata.FindProperty(Property) is not { IsConcurrencyToken: true } token
                || token.ClrType != typeof(Guid))
                continue;
            if (EntryColumns.Of(entry).Where(c => c.Value.IsModified).All(c => Bookkeeping.Contains((entry.Metadata.ClrType, c.Name))))
                continue;
            var version = entry.Property(Property);
            // A command that already set a new version keeps it; the version read at load stays the one the database checks.
            if (Equals(version.CurrentValue, version.OriginalValue)) version.CurrentValue = Guid.NewGuid();
        }
    }
}
