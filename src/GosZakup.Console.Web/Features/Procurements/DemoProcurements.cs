using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>Development only: imports <c>assets/demo/procurements.json</c> once, while there are no procurements, through
/// the same import as an upload.</summary>
public sealed class DemoProcurements(IDbContextFactory<AppDbContext> dbFactory, ProcurementImport import, IHostEnvironment env, ILogger<DemoProcurements> log)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            if (await db.Set<ProcurementRecord>().AnyAsync(ct)) return;
        var path = DemoData.PathOf(env, "procurements.json");
        var file = ProcurementJsonReader.Read(await File.ReadAllTextAsync(path, ct));
        var result = await import.ImportAsync(file, "demo", null, ct);
        foreach (var problem in result.Problems)
            log.LogWarning("Demo procurement {Number} (#{Position}) not imported: {Key} {Args}", problem.Number, problem.Position, problem.Key, string.Join(", ", problem.Args));
        log.LogInformation("Demo procurements seeded: {Count}", result.Created);
    }
}
