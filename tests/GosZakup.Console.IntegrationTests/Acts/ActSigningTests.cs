using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Signatures;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.IntegrationTests.Documents;
using GosZakup.Console.IntegrationTests.Documents.Signing;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Acts.Signing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace GosZakup.Console.IntegrationTests.Acts;

/// <summary>R2 §17: the Supervisor approves a submitted Act by signing it with a PKCS#12 certificate; the signed PDF is
/// stored with its hash, verifies in the console and in Debian's pdfsig, and never changes again.</summary>
public sealed class ActSigningTests : IAsyncLifetime
{
    private ActSigningScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => scenario = await ActSigningScenario.StartAsync();

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task A_signed_Act_is_stored_with_its_hash_meets_the_duty_and_verifies_in_the_console_and_in_pdfsig()
    {
        var signed = await scenario.SignAsync();
        Assert.True(signed.Succeeded, $"{signed.Refusal}");

        var act = await scenario.ActAsync();
        var pdf = await scenario.SignedPdfAsync();
        Assert.Equal((ActState.Signed, "Гүлнар Әбенова", IncidentScenario.Utc("12:10")), (act.State, act.Signature?.SignerName, act.Signature?.SignedAtUtc));
        Assert.Equal(PdfSignature.Sha256Of(pdf), act.Signature!.Sha256);
        Assert.Contains("SERIALNUMBER=IIN850304400124", act.Signature.CertificateSubject, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull((await scenario.Incident.DutiesAsync()).Single(d => d.Code == "act").MetAtUtc);
        await using (var db = scenario.Incident.Services.NewDb())
            Assert.True(await db.Set<IncidentEventRecord>().AnyAsync(e => e.Kind == "ActSigned" && e.Arguments!.Contains(act.Number), Ct));

        using (var read = PdfDocument.Open(pdf))
        {
            var text = ActF2PdfTests.AllText(read);
            Assert.Contains("https://console.example.kz/verify/acts/2026-001", text); // Acts:PublicBaseUrl wins over the browser's address
        }

        var view = await scenario.Get<ActVerification>().ForNumberAsync(act.Number, Ct);
        Assert.True(view!.IsGenuine);
        Assert.Equal(("Гүлнар Әбенова", "850304400124"), (view.Pdf.Signature!.SignerName, view.Pdf.Signature.Iin));
        Assert.Contains("Signature Validation: Signature is Valid.", await Pdfsig.ReportAsync(pdf, Ct));
    }

    [Fact]
    public async Task The_form_names_the_head_of_the_single_operator_as_configured_while_the_signature_stays_the_signers_own()
    {
        await scenario.SignAsync();

        var act = await scenario.ActAsync();
        using (var read = PdfDocument.Open(await scenario.SignedPdfAsync()))
        {
            var text = ActF2PdfTests.AllText(read);
            // R2 §17: F2 is signed by the head of the single operator, named from Forms:Operator in both languages.
            foreach (var expected in new[] { IncidentScenario.HeadTitleKk, IncidentScenario.HeadTitleRu,
                $"{IncidentScenario.HeadNameKk} / {IncidentScenario.HeadNameRu}" })
                Assert.Contains(ActF2PdfTests.Squeeze(expected), text);
            Assert.DoesNotContain(ActF2PdfTests.Squeeze("Гүлнар Әбенова"), text);
            Assert.DoesNotContain(ActF2PdfTests.Squeeze("уполномоченный представитель"), text.ToLowerInvariant());
        }
        Assert.Equal(($"{IncidentScenario.HeadTitleKk} / {IncidentScenario.HeadTitleRu}", "Гүлнар Әбенова"),
            (act.Signature!.SignerPosition, act.Signature.SignerName));
        var view = await scenario.Get<ActVerification>().ForNumberAsync(act.Number, Ct);
        Assert.Equal("Гүлнар Әбенова", view!.Pdf.Signature!.SignerName); // the verification page names who really signed
    }

    [Fact]
    public async Task One_byte_changed_fails_in_the_console_and_in_pdfsig()
    {
        await scenario.SignAsync();
        var pdf = await scenario.SignedPdfAsync();
        var changed = (byte[])pdf.Clone();
        changed[IndexOf(changed, "GosZakup.Console"u8)] = (byte)'F'; // the Creator of the Info dictionary, inside the signed range

        var view = await scenario.Get<ActVerification>().ForPdfAsync(changed, Ct);
        Assert.False(view.IsGenuine);
        Assert.Equal(PdfSignatureStatus.DigestMismatch, view.Pdf.Status);
        Assert.Null(view.Registered);
        Assert.Contains("Digest Mismatch", await Pdfsig.ReportAsync(changed, Ct));

        var original = await scenario.Get<ActVerification>().ForPdfAsync(pdf, Ct); // an upload of the real one is recognised
        Assert.Equal(("2026-001", true), (original.Registered?.Number, original.IsGenuine));
    }

    [Fact]
    public async Task Only_a_Supervisor_signs_with_their_own_usable_certificate_and_a_refusal_changes_nothing()
    {
        var now = IncidentScenario.Utc("12:10");
        const X509KeyUsageFlags signing = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation;
        var notHis = await scenario.SignAsync(user: IncidentScenario.Operator);
        Assert.Equal((RefusalCode.RoleNotAllowed, "Acts.Error.SupervisorRole"), (notHis.Refusal, notHis.Reason?.Key));
        Assert.Equal("Acts.Sign.Error.WrongPassword", Error(await scenario.SignAsync(scenario.Signature(password: "wrong"))));
        Assert.Equal("Acts.Sign.Error.Expired",
            Error(await scenario.SignAsync(scenario.Signature(scenario.Special(now.AddHours(-20), now.AddHours(-1), signing)))));
        Assert.Equal("Acts.Sign.Error.WrongKeyUsage",
            Error(await scenario.SignAsync(scenario.Signature(scenario.Special(now.AddDays(-1), now.AddYears(1), X509KeyUsageFlags.KeyEncipherment)))));
        Assert.Equal("Acts.Sign.Error.NotYours", Error(await scenario.SignAsync(scenario.Signature(scenario.Pkcs12Of(ActSigningScenario.Supervisor2.Email)))));
        Assert.Equal("Acts.Sign.Error.Unreadable", Error(await scenario.SignAsync(scenario.Signature("not a p12"u8.ToArray()))));
        Assert.Contains("Password", (await scenario.SignAsync(scenario.Signature(password: ""))).FieldErrors.Keys);

        var act = await scenario.ActAsync();
        Assert.Equal((ActState.Submitted, null, scenario.Act.Version), (act.State, act.Signature, act.Version));
        await using var db = scenario.Incident.Services.NewDb();
        Assert.False(await db.Set<ActFileRecord>().AnyAsync(Ct));
    }

    [Fact]
    public async Task A_certificate_revoked_by_configuration_is_refused()
    {
        using var certificate = X509CertificateLoader.LoadPkcs12(scenario.Pkcs12Of(ActSigningScenario.Supervisor.Email), DemoCertificateAuthority.DemoPassword);
        var trust = new SignatureTrust(new SigningOptions { Revoked = [certificate.SerialNumber], DemoAuthority = true }, scenario.Authority.Folder,
            scenario.Incident.Services.Clock);
        var opened = trust.Checker().Open(scenario.Pkcs12Of(ActSigningScenario.Supervisor.Email), DemoCertificateAuthority.DemoPassword);
        Assert.Equal(SigningCertificateCode.Revoked, opened.Code);
        Assert.True(trust.IsRevoked(certificate.SerialNumber.ToLowerInvariant(), ""));
    }

    [Fact]
    public async Task A_signed_Act_never_changes_and_its_correction_is_a_new_Act_citing_it()
    {
        await scenario.SignAsync();
        var signed = await scenario.ActAsync();
        var drafting = scenario.Get<ActDrafting>();
        Assert.False((await drafting.SaveAsync(signed.Id, signed.Version, ActDrafting.FormOf(signed), IncidentScenario.Operator, Ct)).Succeeded);
        Assert.False((await drafting.ReturnAsync(signed.Id, signed.Version, "Ещё раз", IncidentScenario.Supervisor, Ct)).Succeeded);
        Assert.False((await scenario.SignAsync(version: signed.Version)).Succeeded);

        var correction = await drafting.DraftCorrectionAsync(signed.Id, IncidentScenario.Operator, Ct);
        Assert.Equal("2026-002", correction.Value);
        Assert.False((await drafting.DraftCorrectionAsync(signed.Id, IncidentScenario.Operator, Ct)).Succeeded); // one correction
        var draft = await scenario.ActAsync("2026-002");
        Assert.Equal((signed.Id, signed.ProcurementNumbers, signed.Suppliers.Count), (draft.ReplacesActId, draft.ProcurementNumbers, draft.Suppliers.Count));
        Assert.True((await drafting.SubmitAsync(draft.Id, draft.Version, ActDrafting.FormOf(draft), IncidentScenario.Operator, Ct)).Succeeded);
        draft = await scenario.ActAsync("2026-002");
        Assert.True((await scenario.Get<ActSigning>().SignAsync(draft.Id, draft.Version, scenario.Signature(), IncidentScenario.Supervisor, "", Ct)).Succeeded);

        using (var read = PdfDocument.Open(await scenario.SignedPdfAsync("2026-002")))
            Assert.Contains(ActF2PdfTests.Squeeze("Настоящий акт составлен взамен акта №\u00A02026-001."), ActF2PdfTests.AllText(read));
        Assert.Equal(signed.Signature, (await scenario.ActAsync()).Signature);
        var old = await scenario.Get<ActVerification>().ForNumberAsync("2026-001", Ct);
        Assert.Equal(("2026-002", true), (old!.ReplacedBy, old.IsGenuine));
    }

    private static string Error(CommandResult result) => Assert.Single(result.FieldErrors).Value.Key;

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
