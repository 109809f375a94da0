using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Infrastructure.Reports;
using GosZakup.Console.IntegrationTests.Acts;
using GosZakup.Console.IntegrationTests.Documents;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Acts.Signing;
using GosZakup.Console.Web.Features.LongJobs;
using GosZakup.Console.Web.Features.QuarterlyReport;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace GosZakup.Console.IntegrationTests.QuarterlyReport;

/// <summary>R2 §27 end to end on the fourth quarter of 2026: the Manager asks for the report, the job builds the PDF and the
/// spreadsheet, the operator's head signs it, and the Working Group gets the signed PDF and nothing before.</summary>
public sealed class QuarterlyReportJobTests : IAsyncLifetime
{
    private static readonly DemoPerson ManagerCertificate = new("Әсел Тоқтарова", "manager@demo.kz", "840921400236");
    private static readonly System.Security.Claims.ClaimsPrincipal Manager = Web.Hosting.DemoData.Person("manager@demo.kz", StaffRole.Manager);
    private static readonly System.Security.Claims.ClaimsPrincipal WorkingGroup = Web.Hosting.DemoData.Person("wg@demo.kz", StaffRole.WorkingGroup);
    private ActSigningScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => scenario = await QuarterlyReportBuilderTests.StartAsync();

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task The_job_builds_a_PDF_and_a_spreadsheet_with_the_failure_the_Act_and_the_amounts()
    {
        var id = await BuildAsync();

        await using var db = scenario.Incident.Services.NewDb();
        var report = await db.Set<QuarterlyReportRecord>().AsNoTracking().SingleAsync(r => r.Id == id, Ct);
        Assert.Equal((QuarterlyReportState.Ready, 100, "manager@demo.kz"), (report.State, report.Progress, report.RequestedByName));

        var pdf = await scenario.Get<QuarterlyReportQuery>().FileAsync(id, QuarterlyReportFileRecord.Pdf, Manager, Ct);
        Assert.Equal("quarterly-report-2026-Q4.pdf", pdf!.FileName);
        using (var document = PdfDocument.Open(pdf.Content))
        {
            var text = ActF2PdfTests.AllText(document);
            foreach (var expected in new[] { QuarterlyReportForm.Title.Kazakh, QuarterlyReportForm.Title.Russian, scenario.Incident.Number, "2026-001",
                "1480000", "ТОО«АқЖол»" })
                Assert.Contains(ActF2PdfTests.Squeeze(expected), text);
            // Built on 20 November: the quarter is not over, and the report says so.
            Assert.Contains(ActF2PdfTests.Squeeze(QuarterlyReportForm.Partial("20.11.2026 16:05").Russian), text);
        }
        Assert.True(new FileInfo(await PdfTools.RenderFirstPageAsync(pdf.Content, "quarterly-report", Ct)).Length > 0); // poppler reads it too

        var xlsx = await scenario.Get<QuarterlyReportQuery>().FileAsync(id, QuarterlyReportFileRecord.Xlsx, Manager, Ct);
        using var stream = new MemoryStream(xlsx!.Content);
        Assert.Equal(["Levels", "Incidents", "Breaches", "Acts", "F1"], stream.GetSheetNames());
        var acts = stream.Query(useHeaderRow: true, sheetName: "Acts").Cast<IDictionary<string, object>>().ToList();
        var amount = QuarterlyReportForm.ActColumns[5].Both;
        Assert.Equal([1_480_000m, 1_480_000m], acts.Select(a => Convert.ToDecimal(a[amount], System.Globalization.CultureInfo.InvariantCulture)));
        var incidents = stream.Query(useHeaderRow: true, sheetName: "Incidents").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(scenario.Incident.Number, Assert.Single(incidents)[QuarterlyReportForm.IncidentColumns[0].Both]);
    }

    [Fact]
    public async Task The_Manager_signs_and_the_Working_Group_gets_the_signed_PDF_only_then()
    {
        var id = await BuildAsync();
        var query = scenario.Get<QuarterlyReportQuery>();
        Assert.Empty(await query.ListAsync(WorkingGroup, Ct));
        Assert.Null(await query.FileAsync(id, QuarterlyReportFileRecord.Pdf, WorkingGroup, Ct));

        var row = Assert.Single(await query.ListAsync(Manager, Ct));
        var commands = scenario.Get<QuarterlyReportCommands>();
        var bySupervisor =
            await commands.SignAsync(id, row.Version, Signature(scenario.Pkcs12Of(ActSigningScenario.Supervisor.Email)), IncidentScenario.Supervisor, Ct);
        Assert.False(bySupervisor.Succeeded); // the operator's head signs, not a Supervisor
        var anotherPersons = await commands.SignAsync(id, row.Version, Signature(scenario.Pkcs12Of(ActSigningScenario.Supervisor.Email)), Manager, Ct);
        Assert.Equal(new object[] { "supervisor@demo.kz" }, anotherPersons.FieldErrors[nameof(ActSignature.Pkcs12)].Args);
        var stale = await commands.SignAsync(id, Guid.NewGuid(), Signature(ManagerPkcs12()), Manager, Ct);
        Assert.Equal(RefusalCode.Stale, stale.Refusal);

        var signed = await commands.SignAsync(id, row.Version, Signature(ManagerPkcs12()), Manager, Ct);
        Assert.True(signed.Succeeded, $"{signed.Refusal}");

        var listed = Assert.Single(await query.ListAsync(WorkingGroup, Ct));
        Assert.Equal((QuarterlyReportState.Signed, "Әсел Тоқтарова"), (listed.State, listed.SignedByName));
        var pdf = await query.FileAsync(id, QuarterlyReportFileRecord.Pdf, WorkingGroup, Ct);
        Assert.Equal("quarterly-report-2026-Q4-signed.pdf", pdf!.FileName);
        var verification = scenario.Get<SignatureTrust>().Verifier().Verify(pdf.Content);
        Assert.True(verification.IsValid, verification.Status.ToString());
        using var document = PdfDocument.Open(pdf.Content);
        Assert.Contains(ActF2PdfTests.Squeeze("Әсел Тоқтарова"), ActF2PdfTests.AllText(document));

        var again = await commands.SignAsync(id, listed.Version, Signature(ManagerPkcs12()), Manager, Ct);
        Assert.False(again.Succeeded); // a signed report never changes
    }

    [Fact]
    public async Task A_quarter_not_begun_or_already_being_built_is_refused_and_nothing_is_saved()
    {
        var commands = scenario.Get<QuarterlyReportCommands>();
        Assert.Equal(RefusalCode.OutOfRange, (await commands.RequestAsync(new Quarter(2027, 1), Manager, Ct)).Refusal);
        Assert.Equal(RefusalCode.RoleNotAllowed, (await commands.RequestAsync(new Quarter(2026, 4), WorkingGroup, Ct)).Refusal);
        Assert.True((await commands.RequestAsync(new Quarter(2026, 4), Manager, Ct)).Succeeded);
        Assert.Equal(RefusalCode.Busy, (await commands.RequestAsync(new Quarter(2026, 4), IncidentScenario.Supervisor, Ct)).Refusal);

        await using var db = scenario.Incident.Services.NewDb();
        Assert.Equal(1, await db.Set<QuarterlyReportRecord>().CountAsync(Ct));
    }

    private async Task<Guid> BuildAsync()
    {
        var requested = await scenario.Get<QuarterlyReportCommands>().RequestAsync(new Quarter(2026, 4), Manager, Ct);
        Assert.True(requested.Succeeded, $"{requested.Refusal}");
        var id = Guid.Parse(requested.Value!);
        await scenario.Get<LongJobRunner>().RunAsync(id, Ct);
        return id;
    }

    private byte[] ManagerPkcs12() => File.ReadAllBytes(scenario.Authority.EnsureIssued([ManagerCertificate]).People.Single().Pkcs12Path);

    private static ActSignature Signature(byte[] pkcs12) =>
        new(pkcs12, DemoCertificateAuthority.DemoPassword, QuarterlyReportForm.Head.Kazakh, QuarterlyReportForm.Head.Russian);
}
