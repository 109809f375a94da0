using System.Collections.Concurrent;

namespace GosZakup.Console.Web.Features.Procurements;

public enum ImportState
{
    Queued = 1,
    Running = 2,
    Finished = 3,
    Failed = 4,
}

/// <summary>Where an import stands, as the page's progress bar shows it.</summary>
public sealed record ImportProgress(Guid Id, string FileName, ImportState State, int Total, int Done, ImportResult? Result)
{
    public int Percent => Total == 0 ? (State == ImportState.Finished ? 100 : 0) : 100 * Done / Total;
}

/// <summary>The progress of the imports of this app instance, in memory: it is lost on restart, and with several instances
/// behind a load balancer the page sees only imports run by its own instance's Hangfire server. Kept for a day.</summary>
public sealed class ImportProgressStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, (ImportProgress Progress, DateTimeOffset At)> imports = new();

    public ImportProgress Start(string fileName)
    {
        Forget(clock.GetUtcNow().AddDays(-1));
        var progress = new ImportProgress(Guid.CreateVersion7(), fileName, ImportState.Queued, 0, 0, null);
        Set(progress);
        return progress;
    }

    public ImportProgress? Find(Guid id) => imports.TryGetValue(id, out var entry) ? entry.Progress : null;

    public void Set(ImportProgress progress) => imports[progress.Id] = (progress, clock.GetUtcNow());

    private void Forget(DateTimeOffset before)
    {
        foreach (var (id, entry) in imports)
            if (entry.At < before) imports.TryRemove(id, out _);
    }
}
