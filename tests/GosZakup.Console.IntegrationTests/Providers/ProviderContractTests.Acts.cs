using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Signatures;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Acts;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Providers;

public abstract partial class ProviderContractTests
{
    [Fact]
    public async Task Five_concurrent_Act_drafts_number_the_Acts_1_to_5_with_no_gap_and_no_duplicate()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var incidentId = await ActableIncidentAsync(app);

        var drafts = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Task.Run(() =>
            app.InScopeAsync<ActDrafting, CommandResult<string>>(d =>
                d.DraftFromIncidentAsync(incidentId, ProviderApp.Operator($"op-{i}", $"operator{i}@demo.kz"), Ct)))));

        Assert.All(drafts, d => Assert.True(d.Succeeded, $"{d.Refusal}"));
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"2026-{n:000}"), drafts.Select(d => d.Value!).Order());
    }

    [Fact]
    public async Task A_signature_is_stored_in_its_columns_read_back_whole_and_found_by_its_hash()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var incidentId = await ActableIncidentAsync(app);
        var numbers = new List<string>();
        for (var i = 0; i < 2; i++)
            numbers.Add((await app.InScopeAsync<ActDrafting, CommandResult<string>>(
                d => d.DraftFromIncidentAsync(incidentId, ProviderApp.Operator("op", "operator@demo.kz"), Ct))).Value!);
        var signature = PdfSignature.Of(new DateTime(2026, 11, 20, 9, 15, 30, DateTimeKind.Utc), "Гүлнар Әбенова", "Басқарма төрағасы / Председатель правления",
            "CN=Гүлнар Әбенова, SERIALNUMBER=IIN850304400124", "4f1c2a", PdfSignature.Sha256Of("signed PDF"u8));
        await using (var db = app.NewDb())
        {
            var act = await db.Set<ActRecord>().SingleAsync(a => a.Number == numbers[0], Ct);
            act.Submit(signature.SignedAtUtc.AddHours(-1), "operator@demo.kz");
            act.Sign(signature);
            await db.SaveChangesAsync(Ct);
        }

        await using var reader = app.NewDb();
        var acts = reader.Set<ActRecord>().AsNoTracking();
        Assert.Equal(signature, (await acts.SingleAsync(a => a.Number == numbers[0], Ct)).Signature);
        Assert.Null((await acts.SingleAsync(a => a.Number == numbers[1], Ct)).Signature);
        Assert.Equal(numbers[0], await acts.Where(a => a.Signature!.Sha256 == signature.Sha256).Select(a => a.Number).SingleAsync(Ct));
        Assert.Equal([numbers[1]], await acts.Where(a => a.Signature == null).Select(a => a.Number).ToListAsync(Ct));
        // Where an unsigned Act sorts by signing time is the provider's choice (PostgreSQL puts NULL first when descending).
        Assert.Equal([(DateTime?)signature.SignedAtUtc],
            await acts.Where(a => a.Signature != null).OrderByDescending(a => a.Signature!.SignedAtUtc)
                .Select(a => (DateTime?)a.Signature!.SignedAtUtc).ToListAsync(Ct));
        // The audit log names the signature's members by their columns, as before the record had a signature value.
        var signed = await reader.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Updated && e.After!.Contains("SignedPdfSha256")).SingleAsync(Ct);
        Assert.Contains(signature.Sha256, signed.After);
    }

    /// <summary>Confirmed medium and classified as the operator's failure, as the Working Group leaves it (those steps have
    /// tests of their own); an Act is drafted from such an incident.</summary>
    private static async Task<Guid> ActableIncidentAsync(ProviderApp app)
    {
        var number = await RegisterAsync(app, Appeal(1));
        await using var db = app.NewDb();
        var incident = await db.Set<IncidentRecord>().SingleAsync(i => i.Number == number, Ct);
        (incident.Status, incident.Severity, incident.SeveritySetAtUtc) = (IncidentStatus.Confirmed, Severity.Medium, app.Clock.GetUtcNow().UtcDateTime);
        (incident.CauseCode, incident.IsOperatorRelated) = (FailureCauseCatalogue.OperatorRelated[0].Code, true);
        await db.SaveChangesAsync(Ct);
        return incident.Id;
    }
}
