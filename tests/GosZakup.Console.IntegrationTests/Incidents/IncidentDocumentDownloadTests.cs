using System.Net;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary><c>/incident-documents/{id}</c> through the real host: a download for the desk, closed to anonymous users.</summary>
public sealed class IncidentDocumentDownloadTests(ConsoleFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An incident registered in the host with one evidence file; returns the document's id.</summary>
    private async Task<Guid> EvidenceAsync(byte[]? content = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var form = new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = Domain.Calendar.AstanaTime.ToWallClock(DateTimeOffset.UtcNow.AddMinutes(-5)),
            OrganisationName = "ТОО «Жүктеу тест»", ContactPhone = "+7 701 234 56 78", Description = "Сбой " + Guid.NewGuid().ToString("N"),
        };
        var received = await services.GetRequiredService<AppealIntake>().ReceiveAsync(form, Ct);
        Assert.True(received.Succeeded, string.Join("; ", received.FieldErrors.Keys));
        var registered = await services.GetRequiredService<AppealRegistration>().RegisterAsync(received.Value!.AppealId, form, Operator, Ct);
        Assert.True(registered.Succeeded, $"{registered.Refusal}");
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var incident = await db.Set<IncidentRecord>().SingleAsync(i => i.Number == registered.Value!.IncidentNumber, Ct);
        var added = await services.GetRequiredService<IncidentRecords>()
            .AddEvidenceAsync(incident.Id, "шаги.png", new MemoryStream(content ?? IncidentRecordsTests.Png), Specialist, Ct);
        Assert.True(added.Succeeded, $"{added.Refusal} {added.Reason?.Key}");
        return await db.Set<IncidentDocumentRecord>().Where(d => d.IncidentId == incident.Id).Select(d => d.Id).SingleAsync(Ct);
    }

    [Fact]
    public async Task An_operator_downloads_an_evidence_file_as_an_attachment_with_its_checked_type()
    {
        var id = await EvidenceAsync();
        var client = await SignIn.AsAsync(factory, "operator@demo.kz");

        var response = await client.GetAsync($"/incident-documents/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("шаги.png", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(IncidentRecordsTests.Png, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_kept_file_that_no_longer_matches_its_SHA256_is_refused_not_sent()
    {
        // Its own bytes (a PNG with a unique tail), so damaging the stored copy touches no other test's file.
        var id = await EvidenceAsync([.. IncidentRecordsTests.Png, .. Guid.NewGuid().ToByteArray()]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
            var sha256 = await db.Set<IncidentDocumentRecord>().Where(d => d.Id == id).Select(d => d.Sha256).SingleAsync(Ct);
            await File.WriteAllBytesAsync(scope.ServiceProvider.GetRequiredService<AttachmentFolder>().PathOf(sha256), [1, 2, 3], Ct);
        }
        var client = await SignIn.AsAsync(factory, "operator@demo.kz");

        var response = await client.GetAsync($"/incident-documents/{id}", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("attachment", response.Content.Headers.ContentDisposition?.DispositionType ?? "");
        Assert.NotEqual([1, 2, 3], await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task An_anonymous_request_for_a_document_is_sent_to_sign_in()
    {
        var id = await EvidenceAsync();

        var response = await factory.NewClient().GetAsync($"/incident-documents/{id}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_Working_Group_member_is_refused_incident_documents()
    {
        var id = await EvidenceAsync();
        var client = await SignIn.AsAsync(factory, "wg@demo.kz");

        var response = await client.GetAsync($"/incident-documents/{id}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
