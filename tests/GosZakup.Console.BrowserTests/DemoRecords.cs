using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.BrowserTests;

/// <summary>Records of the demo data set that several tests open without changing them.</summary>
public static class DemoRecords
{
    /// <summary>The demo high failure's Act: signed and published at start, so its page shows the signed, read-only view.</summary>
    public const string SignedAct = "2026-001";

    /// <summary>The demo high failure: classified, being fixed, with its signed Act, so its page shows the most panels.</summary>
    public static async Task<string> IncidentOfSignedActAsync(ConsoleApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var incidentId = await db.Set<ActRecord>().Where(a => a.Number == SignedAct).Select(a => a.IncidentId).SingleAsync(ct);
        return await db.Set<IncidentRecord>().Where(i => i.Id == incidentId).Select(i => i.Number).SingleAsync(ct);
    }
}
