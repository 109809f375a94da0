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
        var incident = new IncidentRecord
        {
            Number = "INC-2026-000001", Year = 2026, Sequence = 1, RegisteredAtUtc = new DateTime(2026, 11, 20, 5, 0, 0, DateTimeKind.Utc)
        };
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

    [Fact]
    public async Task A_save_of_a_job_s_bookkeeping_alone_keeps_the_version_so_the_person_s_next_command_is_not_stale()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var incident = new IncidentRecord
        {
            Number = "INC-2026-000002", Year = 2026, Sequence = 2, RegisteredAtUtc = new DateTime(2026, 11, 20, 5, 0, 0, DateTimeKind.Utc),
            ExtensionsDueAtUtc = new DateTime(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc),
        };
        await using (var db = app.NewDb())
        {
            db.Add(incident);
            await db.SaveChangesAsync(Ct);
        }
        await using var job = app.NewDb();
        await using var person = app.NewDb();
        var seenByPerson = await person.Set<IncidentRecord>().SingleAsync(i => i.Id == incident.Id, Ct);
        var seenByJob = await job.Set<IncidentRecord>().SingleAsync(i => i.Id == incident.Id, Ct);

        seenByJob.ExtensionsDueAtUtc = null; // the extension job's mark that the extensions were planned
        await job.SaveChangesAsync(Ct);
        seenByPerson.FixMeasures = "Перезапущен балансировщик";
        await person.SaveChangesAsync(Ct);

        await using var reader = app.NewDb();
        var stored = await reader.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Id == incident.Id, Ct);
        Assert.Equal("Перезапущен балансировщик", stored.FixMeasures);
        Assert.NotEqual(incident.Version, stored.Version);
    }
}
