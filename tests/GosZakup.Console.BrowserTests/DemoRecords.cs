using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.BrowserTests;

/// <summary>Records of the demo data set that several tests open without changing them, and the claims of the few tests that
/// change a demo record of their own (the rest create their data: <see cref="TestIncidents"/>).</summary>
public static class DemoRecords
{
    /// <summary>The demo high failure's Act: signed and published at start, so its page shows the signed, read-only view.</summary>
    public const string SignedAct = "2026-001";

    /// <summary>The demo Act awaiting its signature; only the signing test signs it.</summary>
    public const string SubmittedAct = "2026-002";

    private static readonly ConcurrentDictionary<string, string> Claims = new(StringComparer.Ordinal);

    /// <summary>Claims a demo record (an Act, a procurement, a row) for the test class calling this, for the whole run. Another
    /// class claiming the same record fails at once, naming both, whichever order they run in; so two tests never change
    /// the same demo record unawares.</summary>
    public static string Claim(string record, [CallerFilePath] string claimant = "")
    {
        var by = Path.GetFileNameWithoutExtension(claimant);
        var owner = Claims.GetOrAdd(record, by);
        Assert.True(owner == by, $"The demo record {record} is claimed by {owner}; {by} must make data of its own.");
        return record;
    }

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
