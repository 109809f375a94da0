using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>Development only: imports <c>assets/demo/procurements.json</c> once, while there are no procurements, through
/// the same import as an upload. The file is written for <see cref="AnchorDate"/>; its dates move by whole days so that
/// the anchor becomes today (Astana), whatever day the demo starts, and a failure confirmed now finds acceptance ending
/// later today, tomorrow and in a few days.</summary>
public sealed class DemoProcurements(IDbContextFactory<AppDbContext> dbFactory, ProcurementImport import, IHostEnvironment env, TimeProvider clock,
    ILogger<DemoProcurements> log)
{
    public static readonly LocalDate AnchorDate = new(2026, 11, 20);

    public async Task SeedAsync(CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            if (await db.Set<ProcurementRecord>().AnyAsync(ct)) return;
        var path = DemoData.PathOf(env, "procurements.json");
        var today = AstanaTime.FromInstant(clock.GetUtcNow()).Date;
        var file = MovedTo(ProcurementJsonReader.Read(await File.ReadAllTextAsync(path, ct)), today);
        var result = await import.ImportAsync(file, "demo", null, ct);
        foreach (var problem in result.Problems)
            log.LogWarning("Demo procurement {Number} (#{Position}) not imported: {Key} {Args}", problem.Number, problem.Position, problem.Key,
                string.Join(", ", problem.Args));
        log.LogInformation("Demo procurements seeded: {Count}", result.Created);
    }

    /// <summary>The file's deadlines moved by whole days from <see cref="AnchorDate"/> to <paramref name="today"/>. Astana keeps
    /// one offset all year, so moving the UTC instant by whole days keeps each Astana time of day.</summary>
    public static ImportFile MovedTo(ImportFile file, LocalDate today)
    {
        var shift = TimeSpan.FromDays(Period.Between(AnchorDate, today, PeriodUnits.Days).Days);
        return file with
        {
            Procurements = [.. file.Procurements.Select(p => p with { Deadlines = p.Deadlines.ToDictionary(d => d.Key, d => d.Value + shift) })],
        };
    }
}
