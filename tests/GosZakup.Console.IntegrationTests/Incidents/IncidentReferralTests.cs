using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentRecordsTests;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary>Referrals outside the operator: to law enforcement (R2 §21) and to outside specialists with the Owner's
/// consent (R2 §22), each saved whole with its documents or not at all.</summary>
public sealed class IncidentReferralTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ReferralForm OutsideSpecialists(string? consent) => new()
    {
        Kind = ReferralKind.OutsideSpecialists, SentAt = At("12:05", day: 21), Addressee = "ТОО «Kazakhtelecom Cloud», дежурная смена СХД",
        LetterReference = "№ 04-12/8812 от 21.11.2026", OwnerConsent = consent,
    };

    private static ReferralForm LawEnforcement() => new()
    {
        Kind = ReferralKind.LawEnforcement, SentAt = At("12:05", day: 21), Addressee = "Служба экономических расследований, г. Астана",
        LetterReference = "№ 04-12/8813 от 21.11.2026",
    };

    private static DocumentUpload File(string name, byte[] content) => new(name, () => new MemoryStream(content));

    [Fact]
    public async Task Outside_specialists_without_the_Owners_consent_are_refused_and_nothing_is_kept()
    {
        await using var s = await StartAsync();
        s.ClockAt("12:10", day: 21);
        var incident = await s.IncidentAsync();

        var result =
            await s.Records().ReferAsync(incident.Id, OutsideSpecialists(consent: " "), [File("letter.pdf", "%PDF-1.7\n"u8.ToArray())], Supervisor, Ct);

        Assert.Equal("Referral.Error.ConsentRequired", result.FieldErrors[nameof(ReferralForm.OwnerConsent)].Key);
        await using var db = s.Services.NewDb();
        Assert.Equal((0, 0), (await db.Set<ReferralRecord>().CountAsync(Ct), await db.Set<IncidentDocumentRecord>().CountAsync(Ct)));
        Assert.Empty(await TimelineAsync(s, "OutsideSpecialistsCalled"));
    }

    [Fact]
    public async Task Outside_specialists_with_the_Owners_consent_are_saved_with_their_document()
    {
        await using var s = await StartAsync();
        s.ClockAt("12:10", day: 21);
        var incident = await s.IncidentAsync();

        var result = await s.Records()
            .ReferAsync(incident.Id, OutsideSpecialists("письмо МФ РК № 12-3/4567 от 21.11.2026"), [File("consent.pdf", "%PDF-1.7\n"u8.ToArray())], Specialist,
                Ct);

        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
        var entry = Assert.Single((await s.Records().LoadAsync(incident.Id, Ct)).Referrals);
        Assert.Equal((ReferralKind.OutsideSpecialists, "письмо МФ РК № 12-3/4567 от 21.11.2026", Utc("12:05", day: 21), "specialist@demo.kz"),
            (entry.Referral.Kind, entry.Referral.OwnerConsent, entry.Referral.AtUtc, entry.Referral.ByName));
        var document = Assert.Single(entry.Documents);
        Assert.Equal((DocumentPurpose.OutsideSpecialists, "consent.pdf", "application/pdf"), (document.Purpose, document.FileName, document.ContentType));
        Assert.True(System.IO.File.Exists(s.Services.Get<AttachmentFolder>().PathOf(document.Sha256)));
        Assert.Contains("письмо МФ РК № 12-3/4567", s.Read(Assert.Single(await TimelineAsync(s, "OutsideSpecialistsCalled"))));
    }

    [Fact]
    public async Task A_referral_with_one_refused_file_is_refused_whole()
    {
        await using var s = await StartAsync();
        s.ClockAt("12:10", day: 21);
        var incident = await s.IncidentAsync();

        var result = await s.Records()
            .ReferAsync(incident.Id, LawEnforcement(), [File("letter.pdf", "%PDF-1.7\n"u8.ToArray()), File("logs.pdf", Executable)], Supervisor, Ct);

        Assert.Equal(("Attachment.TypeRefused", "logs.pdf"), (result.FieldErrors["Files"].Key, result.FieldErrors["Files"].Args[0]));
        await using var db = s.Services.NewDb();
        Assert.Equal((0, 0), (await db.Set<ReferralRecord>().CountAsync(Ct), await db.Set<IncidentDocumentRecord>().CountAsync(Ct)));
        Assert.Empty(Directory.EnumerateFiles(s.Services.Get<AttachmentFolder>().Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_referral_to_law_enforcement_is_recorded_on_the_timeline()
    {
        await using var s = await StartAsync();
        s.ClockAt("12:10", day: 21);
        var incident = await s.IncidentAsync();

        var result = await s.Records().ReferAsync(incident.Id, LawEnforcement(), [], Supervisor, Ct);

        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
        var entry = Assert.Single(await TimelineAsync(s, "ReferredToLawEnforcement"));
        Assert.Equal((Utc("12:05", day: 21), "supervisor@demo.kz"), (entry.AtUtc, TimelineWording.Actor(entry)));
        Assert.Contains("№ 04-12/8813", s.Read(entry));
    }

    [Fact]
    public async Task Only_a_Supervisor_refers_to_law_enforcement()
    {
        await using var s = await StartAsync();
        s.ClockAt("12:10", day: 21);
        var incident = await s.IncidentAsync();

        var result = await s.Records().ReferAsync(incident.Id, LawEnforcement(), [], Specialist, Ct);

        Assert.NotNull(result.Refusal);
        Assert.Empty((await s.Records().LoadAsync(incident.Id, Ct)).Referrals);
    }

    [Fact]
    public async Task A_referral_to_law_enforcement_needs_its_letter()
    {
        await using var s = await StartAsync();
        s.ClockAt("12:10", day: 21);
        var incident = await s.IncidentAsync();
        var form = LawEnforcement();
        form.LetterReference = null;

        var result = await s.Records().ReferAsync(incident.Id, form, [], Supervisor, Ct);

        Assert.True(result.FieldErrors.ContainsKey(nameof(ReferralForm.LetterReference)));
        Assert.Empty((await s.Records().LoadAsync(incident.Id, Ct)).Referrals);
    }
}
