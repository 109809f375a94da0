using System.Security.Cryptography;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary>Evidence files (R2 §9, §11) and links to the same failure elsewhere (R2 §15.7), on the pinned clock.</summary>
public sealed class IncidentRecordsTests
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    public static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Evidence_is_kept_under_its_SHA_256_and_shows_on_the_timeline()
    {
        await using var s = await StartAsync();
        var incident = await s.IncidentAsync();

        var result = await s.Records().AddEvidenceAsync(incident.Id, "reproduction.png", new MemoryStream(Png), Specialist, Ct);

        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key}");
        var evidence = Assert.Single((await s.Records().LoadAsync(incident.Id, Ct)).Evidence);
        Assert.Equal((DocumentPurpose.Evidence, "image/png", 16L, Convert.ToHexStringLower(SHA256.HashData(Png))),
            (evidence.Purpose, evidence.ContentType, evidence.SizeBytes, evidence.Sha256));
        Assert.Equal(Png, await File.ReadAllBytesAsync(s.Services.Get<AttachmentFolder>().PathOf(evidence.Sha256), Ct));
        var entry = Assert.Single(await TimelineAsync(s, "EvidenceAdded"));
        Assert.Equal(("specialist@demo.kz", "File: reproduction.png"), (TimelineWording.Actor(entry), s.Read(entry)));
    }

    [Fact]
    public async Task An_executable_offered_as_evidence_is_refused_and_leaves_nothing()
    {
        await using var s = await StartAsync();
        var incident = await s.IncidentAsync();

        var result = await s.Records().AddEvidenceAsync(incident.Id, "screen.png", new MemoryStream(Executable), Specialist, Ct);

        Assert.Equal(("Attachment.TypeRefused", "screen.png"), (result.FieldErrors["File"].Key, result.FieldErrors["File"].Args[0]));
        await using var db = s.Services.NewDb();
        Assert.Equal(0, await db.Set<IncidentDocumentRecord>().CountAsync(Ct));
        Assert.Empty(await TimelineAsync(s, "EvidenceAdded"));
        Assert.Empty(Directory.EnumerateFiles(s.Services.Get<AttachmentFolder>().Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_operator_may_not_file_evidence()
    {
        await using var s = await StartAsync();
        var incident = await s.IncidentAsync();

        var result = await s.Records().AddEvidenceAsync(incident.Id, "screen.png", new MemoryStream(Png), Operator, Ct);

        Assert.Equal(RefusalCode.RoleNotAllowed, result.Refusal);
        Assert.Empty((await s.Records().LoadAsync(incident.Id, Ct)).Evidence);
    }

    [Fact]
    public async Task A_link_shows_on_both_incidents_and_both_timelines()
    {
        await using var s = await StartAsync();
        var incident = await s.IncidentAsync();
        var other = await OtherIncidentAsync(s);

        var result = await s.Records().LinkAsync(incident.Id, other.Number.ToLowerInvariant(), "Тот же 503 в закупке 15423999-1", Operator, Ct);

        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key}");
        var here = Assert.Single((await s.Records().LoadAsync(incident.Id, Ct)).Links);
        var there = Assert.Single((await s.Records().LoadAsync(other.Id, Ct)).Links);
        Assert.Equal((other.Number, IncidentStatus.Registered, "Тот же 503 в закупке 15423999-1"), (here.Number, here.Status, here.Note));
        Assert.Equal(s.Number, there.Number);
        Assert.Equal($"With incident {other.Number}\nТот же 503 в закупке 15423999-1", s.Read(Assert.Single(await TimelineAsync(s, "Linked"))));
        Assert.Equal($"With incident {s.Number}\nТот же 503 в закупке 15423999-1", s.Read(Assert.Single(await TimelineAsync(s, "Linked", other.Number))));
    }

    [Fact]
    public async Task A_link_is_not_made_twice_in_either_direction()
    {
        await using var s = await StartAsync();
        var incident = await s.IncidentAsync();
        var other = await OtherIncidentAsync(s);
        Assert.True((await s.Records().LinkAsync(incident.Id, other.Number, null, Operator, Ct)).Succeeded);

        var again = await s.Records().LinkAsync(incident.Id, other.Number, null, Specialist, Ct);
        var reverse = await s.Records().LinkAsync(other.Id, s.Number, null, Supervisor, Ct);

        Assert.Equal(("Link.Error.AlreadyLinked", other.Number), (again.FieldErrors["OtherNumber"].Key, again.FieldErrors["OtherNumber"].Args[0]));
        Assert.Equal(("Link.Error.AlreadyLinked", s.Number), (reverse.FieldErrors["OtherNumber"].Key, reverse.FieldErrors["OtherNumber"].Args[0]));
        await using var db = s.Services.NewDb();
        Assert.Equal(1, await db.Set<IncidentLinkRecord>().CountAsync(Ct));
    }

    [Fact]
    public async Task An_unknown_number_is_refused_by_name()
    {
        await using var s = await StartAsync();
        var incident = await s.IncidentAsync();

        var result = await s.Records().LinkAsync(incident.Id, " INC-2026-999999 ", null, Operator, Ct);

        Assert.Equal(("Link.Error.Unknown", "INC-2026-999999"), (result.FieldErrors["OtherNumber"].Key, result.FieldErrors["OtherNumber"].Args[0]));
        Assert.Empty((await s.Records().LoadAsync(incident.Id, Ct)).Links);
    }

    [Fact]
    public async Task An_incident_is_not_linked_to_itself()
    {
        await using var s = await StartAsync();
        var incident = await s.IncidentAsync();

        var result = await s.Records().LinkAsync(incident.Id, s.Number, null, Operator, Ct);

        Assert.True(result.FieldErrors.ContainsKey("OtherNumber"));
        Assert.Empty((await s.Records().LoadAsync(incident.Id, Ct)).Links);
    }

    [Fact]
    public async Task Unlinking_from_either_side_removes_the_link_from_both()
    {
        await using var s = await StartAsync();
        var incident = await s.IncidentAsync();
        var other = await OtherIncidentAsync(s);
        Assert.True((await s.Records().LinkAsync(incident.Id, other.Number, null, Operator, Ct)).Succeeded);
        var link = Assert.Single((await s.Records().LoadAsync(other.Id, Ct)).Links);

        var result = await s.Records().UnlinkAsync(other.Id, link.LinkId, Specialist, Ct);

        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key}");
        Assert.Empty((await s.Records().LoadAsync(incident.Id, Ct)).Links);
        Assert.Equal($"Incident {other.Number}", s.Read(Assert.Single(await TimelineAsync(s, "Unlinked"))));
        Assert.Equal(RefusalCode.NotFound, (await s.Records().UnlinkAsync(other.Id, link.LinkId, Specialist, Ct)).Refusal);
    }

    /// <summary>A second incident of the same failure, reported from another procurement.</summary>
    public static async Task<IncidentRecord> OtherIncidentAsync(IncidentScenario s)
    {
        var number = await s.Services.RegisterAsync(new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = At("12:08"), OrganisationName = "ТОО «Сарыарқа Құрылыс»", ContactPhone = "+7 701 234 56 78",
            Description = "Ошибка 503 при подаче ценового предложения.", ProcurementNumbers = "15423999-1",
        });
        await using var db = s.Services.NewDb();
        return await db.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Number == number, Ct);
    }

    public static async Task<List<TimelineEntry>> TimelineAsync(IncidentScenario s, string kind, string? number = null) =>
        [.. (await s.Services.Get<IncidentQuery>().LoadAsync(number ?? s.Number, Ct))!.Timeline.Where(e => e.Kind == kind)];
}

internal static class IncidentRecordsScenario
{
    public static IncidentRecords Records(this IncidentScenario s) => s.Services.Get<IncidentRecords>();

    /// <summary>The entry's text as a reader in the current UI culture reads it.</summary>
    public static string Read(this IncidentScenario s, TimelineEntry entry) => s.Services.Get<TimelineWording>().Detail(entry);
}
