using System.Globalization;
using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.IntegrationTests.Mail;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Announcements;
using GosZakup.Console.Web.Features.Extensions;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.LongJobs;
using GosZakup.Console.Web.Features.QuarterlyReport;
using GosZakup.Console.Web.Features.SecurityReturns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary>An incident's life on a pinned clock (Friday 20 November 2026, 12:10 Astana), with two Working Group
/// members (one for information security) and a contact of the Owner's information-security unit in the directory, and
/// a real SMTP server receiving what the outbox sends.</summary>
public sealed class IncidentScenario : IAsyncDisposable
{
    public static readonly ClaimsPrincipal Operator = Person("operator@demo.kz", StaffRole.Operator);
    public static readonly ClaimsPrincipal Specialist = Person("specialist@demo.kz", StaffRole.Specialist);
    public static readonly ClaimsPrincipal Supervisor = Person("supervisor@demo.kz", StaffRole.Supervisor);

    private IncidentScenario(IntakeServices services, SmtpServer smtp, string dataFolder) => (Services, Smtp, DataFolder) = (services, smtp, dataFolder);

    public IntakeServices Services { get; }

    public SmtpServer Smtp { get; }

    /// <summary>Files beside the database: the demo certification authority lives in its <c>certificates</c>.</summary>
    public string DataFolder { get; }

    public string Number { get; private set; } = "";

    /// <summary>The Working Group's information-security member, who takes part in medium and high decisions (R2 §25).</summary>
    public static readonly Guid SecurityMemberId = Guid.Parse("0193a8f0-0000-7000-8000-000000000025");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<IncidentScenario> StartAsync()
    {
        var smtp = await SmtpServer.StartNewAsync(Ct);
        var folder = Directory.CreateTempSubdirectory("goszakup-acts-").FullName;
        var services = await IntakeServices.StartAsync(s => AddServices(s, smtp, folder));
        await using (var db = services.NewDb())
        {
            db.Set<WorkingGroupMemberRecord>().AddRange(
                new WorkingGroupMemberRecord { FullName = "Әлия Сейітова", Email = "wg.head@minfin.kz", IsHead = true },
                new WorkingGroupMemberRecord
                {
                    Id = SecurityMemberId, FullName = "Иван Петров", Email = "wg.security@minfin.kz", HandlesInformationSecurity = true
                },
                new WorkingGroupMemberRecord { Unit = ContactUnit.OwnerUnit, FullName = "Ерлан Жақсылықов", Email = "owner.security@minfin.kz" });
            await db.SaveChangesAsync(Ct);
        }
        var scenario = new IncidentScenario(services, smtp, folder);
        scenario.Number = await services.RegisterAsync(new AppealForm
        {
            Channel = AppealChannel.Email, ReceivedAt = At("12:05"), OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = "080340000123",
            ContactEmail = "tender@akzhol.kz", Description = "Не подаётся ценовое предложение: ошибка 503.", ProcurementNumbers = "15423871-1",
            LotNumbers = "2",
        });
        return scenario;
    }

    /// <summary>The head of the single operator as the scenario configures <c>Forms:Operator</c>: F2 names them as its signatory.</summary>
    public const string HeadTitleKk = "Басқарма төрағасы", HeadTitleRu = "Председатель Правления",
        HeadNameKk = "Тоқтарова Әсел Болатқызы", HeadNameRu = "Токтарова Асель Болатовна";

    private static void AddServices(IServiceCollection s, SmtpServer smtp, string dataFolder) => s
            .AddSingleton<IncidentNotifier>().AddScoped<IncidentCommands>().AddScoped<IncidentNotices>().AddScoped<IncidentQuery>().AddScoped<IncidentRecords>()
            .AddScoped<TimelineWording>()
            .AddAnnouncements()
            .AddExtensions(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddActs(new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Signing:DemoAuthority"] = "true", ["Acts:PublicBaseUrl"] = "https://console.example.kz",
                ["Forms:Operator:HeadTitleKk"] = HeadTitleKk, ["Forms:Operator:HeadTitleRu"] = HeadTitleRu,
                ["Forms:Operator:HeadNameKk"] = HeadNameKk, ["Forms:Operator:HeadNameRu"] = HeadNameRu,
            }).Build(), dataFolder)
            .AddSecurityReturns()
            .AddQuarterlyReport()
            .AddLongJobCore()
            .AddSingleton(new MailSettings { Smtp = { Host = "127.0.0.1", Port = smtp.Port } });

    /// <summary>Another application on the scenario's database file, with the same services and its own singletons.</summary>
    public static Task<IntakeServices> AttachAsync(IncidentScenario scenario) =>
        Task.FromResult(scenario.Services.Attach(s => AddServices(s, scenario.Smtp, scenario.DataFolder)));

    /// <summary>An Astana wall-clock time on Friday 20 November 2026.</summary>
    public static DateTime At(string hhmm, int day = 20) => DateTime.ParseExact($"2026-11-{day} {hhmm}", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static DateTime Utc(string hhmm, int day = 20) => AstanaTime.ToUtc(NodaTime.LocalDateTime.FromDateTime(At(hhmm, day)));

    /// <summary>Moves the pinned clock to this Astana time.</summary>
    public void ClockAt(string hhmm, int day = 20) => Services.Clock.SetUtcNow(new DateTimeOffset(Utc(hhmm, day), TimeSpan.Zero));

    public async Task<IncidentRecord> IncidentAsync()
    {
        await using var db = Services.NewDb();
        return await db.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Number == Number, Ct);
    }

    public async Task<CommandResult> Do(Func<IncidentCommands, IncidentRecord, Task<CommandResult>> command)
    {
        var incident = await IncidentAsync();
        await using var scope = Services.Services.CreateAsyncScope();
        return await command(scope.ServiceProvider.GetRequiredService<IncidentCommands>(), incident);
    }

    public async Task Must(Func<IncidentCommands, IncidentRecord, Task<CommandResult>> command)
    {
        var result = await Do(command);
        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
    }

    /// <summary>R2 §25: the alert before confirming a failure that may be <paramref name="suspected"/>, as a Specialist sends it.</summary>
    public Task AlertAsync(Severity suspected) => Must((c, i) => c.SendConfirmationAlertAsync(i.Id, i.Version, suspected, Specialist, Ct));

    public IncidentNotices Notices() => Services.Get<IncidentNotices>();

    public async Task<List<ObligationRecord>> DutiesAsync()
    {
        var incident = await IncidentAsync();
        await using var db = Services.NewDb();
        return await db.Obligations.AsNoTracking().Where(o => o.SubjectType == "Incident" && o.SubjectId == incident.Id.ToString())
            .OrderBy(o => o.TriggeredAtUtc).ToListAsync(Ct);
    }

    /// <summary>The open duties as "code due-Astana-time" (or "code untimed"), in a stable order.</summary>
    public async Task<List<string>> OpenDutiesAsync() =>
        [.. (await DutiesAsync()).Where(o => o.IsOpen).Select(o => o.DueAtUtc is { } due ? $"{o.Code} {AstanaTime.FromUtc(due):dd HH:mm}" : $"{o.Code} untimed")
            .Order()];

    /// <summary>Runs the outbox sender once and returns what the SMTP server has received so far.</summary>
    public async Task<IReadOnlyList<MimeMessage>> DeliverAsync()
    {
        await using var db = Services.NewDb();
        await new SendOutboxJob(db, Services.Get<MailSettings>(), Services.Clock, NullLogger<SendOutboxJob>.Instance).RunAsync(Ct);
        return Smtp.Received();
    }

    public DecisionForm Decision(Severity level, string plannedFix = "15:30") => new()
    {
        ReproductionSteps = "Вход тестовым поставщиком, подача ценового предложения по лоту 2.",
        ReproductionResult = "Ошибка 503 воспроизведена.",
        AllUsersBlocked = level == Severity.High,
        AffectedParticipantsCouldNotTakePart = level == Severity.Medium,
        SystemModule = "Запрос ценовых предложений",
        PlannedFixAt = At(plannedFix),
        SecurityMemberIds = level == Severity.Low ? [] : [SecurityMemberId],
    };

    private static ClaimsPrincipal Person(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "id-" + role), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)],
            "test"));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Smtp.Dispose();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
