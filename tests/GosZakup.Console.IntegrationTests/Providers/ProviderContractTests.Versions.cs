using GosZakup.Console.Infrastructure.Incidents;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Providers;

public abstract partial class ProviderContractTests
{
    [Fact]
    public async Task A_save_that_changes_a_versioned_record_stamps_a_new_version_and_a_writer_holding_the_old_one_is_refused()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var incident = new IncidentRecord { Number = "INC-2026-000001", Year = 2026, Sequence = 1, RegisteredAtUtc = new DateTime(2026, 11, 20, 5, 0, 0, DateTimeKind.Utc) };
        await using (var db = app.NewDb())
        {
            db.Add(incident);
            await db.SaveChangesAsync(Ct);
        }
        await using var first = app.NewDb();
        await using var second = app.NewDb();
        var mine = await first.Set<IncidentRecord>().SingleAsync(i => i.Id == incident.Id, Ct);
        var theirs = await second.Set<IncidentRecord>().SingleAsync(i => i.Id == incident.Id, Ct);

        mine.FixMeasures = "Перезапущен балансировщик"; // the command does not touch Version
        await first.SaveChangesAsync(Ct);
        theirs.FixMeasures = "Другое";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
        await using var reader = app.NewDb();
        var stored = await reader.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Id == incident.Id, Ct);
        Assert.Equal(("Перезапущен балансировщик", mine.Version), (stored.FixMeasures, stored.Version));
        Assert.NotEqual(incident.Version, stored.Version);
    }
}
