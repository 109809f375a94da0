using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.IntegrationTests.Extensions;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Acts.Signing;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Acts;

/// <summary>The Act drafting scenario taken to a submitted Act (Friday 20 November 2026, 12:10 Astana, operator-related
/// medium failure of 15423871-1), with the demo CA in the scenario's data folder and certificates for both demo Supervisors.</summary>
public sealed class ActSigningScenario : IAsyncDisposable
{
    public static readonly DemoPerson Supervisor = new("Гүлнар Әбенова", "supervisor@demo.kz", "850304400124");
    public static readonly DemoPerson Supervisor2 = new("Сергей Петров", "supervisor2@demo.kz", "791112300331");

    private ActSigningScenario(IncidentScenario incident, DemoCertificateAuthority authority, DemoCertificates issued, ActRecord act) =>
        (Incident, Authority, Issued, Act) = (incident, authority, issued, act);

    public IncidentScenario Incident { get; }

    public DemoCertificateAuthority Authority { get; }

    public DemoCertificates Issued { get; }

    /// <summary>The submitted Act as it was after submission.</summary>
    public ActRecord Act { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public T Get<T>() where T : notnull => Incident.Services.Get<T>();

    public static async Task<ActSigningScenario> StartAsync()
    {
        var scenario = await IncidentScenario.StartAsync();
        await using (var db = scenario.Services.NewDb())
            await ExtensionProcurements.SeedAsync(db, 1, "Запрос ценовых предложений");
        await scenario.Must((c, i) => c.AssignAsync(i.Id, i.Version, IncidentScenario.Specialist, Ct));
        await scenario.AlertAsync(Severity.Medium);
        await scenario.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, scenario.Decision(Severity.Medium), IncidentScenario.Specialist, Ct));
        var cause = FailureCauseCatalogue.All.First(c => c.IsOperatorRelated).Code;
        await scenario.Must((c, i) =>
            c.ClassifyAsync(i.Id, i.Version, new Web.Features.Incidents.DecisionForm { CauseCode = cause }, IncidentScenario.Specialist, Ct));

        var drafting = scenario.Services.Get<ActDrafting>();
        var number = (await drafting.DraftFromIncidentAsync((await scenario.IncidentAsync()).Id, IncidentScenario.Operator, Ct)).Value!;
        var draft = await ActAsync(scenario, number);
        var form = ActDrafting.FormOf(draft);
        form.Suppliers[0].SecurityAmount = 1_480_000m; // the operator completes the security the supplier lodged
        var submitted = await drafting.SubmitAsync(draft.Id, draft.Version, form, IncidentScenario.Operator, Ct);
        Assert.True(submitted.Succeeded, $"{submitted.Refusal}");

        var trust = scenario.Services.Get<SignatureTrust>();
        var authority = new DemoCertificateAuthority(trust.DemoFolder, scenario.Services.Clock);
        var issued = authority.EnsureIssued([Supervisor, Supervisor2]);
        trust.Forget();
        return new ActSigningScenario(scenario, authority, issued, await ActAsync(scenario, number));
    }

    public byte[] Pkcs12Of(string email) => File.ReadAllBytes(Issued.People.Single(p => p.Email == email).Pkcs12Path);

    public ActSignature Signature(byte[]? pkcs12 = null, string password = DemoCertificateAuthority.DemoPassword) =>
        new(pkcs12 ?? Pkcs12Of(Supervisor.Email), password);

    /// <summary>A certificate for the Supervisor with other dates or key usage, written beside the others.</summary>
    public byte[] Special(DateTime notBeforeUtc, DateTime notAfterUtc, X509KeyUsageFlags usage)
    {
        var path = Path.Combine(Authority.Folder, $"special-{Guid.NewGuid():N}.p12");
        Authority.Issue(Supervisor, notBeforeUtc, notAfterUtc, usage, path);
        return File.ReadAllBytes(path);
    }

    public Task<CommandResult<string>> SignAsync(ActSignature? signature = null, System.Security.Claims.ClaimsPrincipal? user = null, Guid? version = null) =>
        Get<ActSigning>()
            .SignAsync(Act.Id, version ?? Act.Version, signature ?? Signature(), user ?? IncidentScenario.Supervisor, "https://fallback.example", Ct);

    public Task<ActRecord> ActAsync(string? number = null) => ActAsync(Incident, number ?? Act.Number);

    public async Task<byte[]> SignedPdfAsync(string? number = null)
    {
        await using var db = Incident.Services.NewDb();
        var act = await ActAsync(number);
        return await db.Set<ActFileRecord>().Where(f => f.ActId == act.Id).Select(f => f.SignedPdf).SingleAsync(Ct);
    }

    private static async Task<ActRecord> ActAsync(IncidentScenario scenario, string number)
    {
        await using var db = scenario.Services.NewDb();
        return await db.Set<ActRecord>().AsNoTracking().Include(a => a.Suppliers).SingleAsync(a => a.Number == number, Ct);
    }

    public async ValueTask DisposeAsync() => await Incident.DisposeAsync();
}
