using System.Globalization;
using System.Security.Claims;
using System.Text;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.IntegrationTests.Journal;
using GosZakup.Console.Web.Features.Complaints;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Complaints;

/// <summary>The complaint services on a real SQLite file, the clock pinned to Friday 20 November 2026 12:10 Astana, one
/// registered incident and the Working Group's head.</summary>
public sealed class ComplaintScenario : IAsyncDisposable
{
    private ComplaintScenario(IntakeServices services) => Services = services;

    public static readonly ClaimsPrincipal Operator = Person("operator@demo.kz", StaffRole.Operator);
    public static readonly ClaimsPrincipal Supervisor = Person("supervisor@demo.kz", StaffRole.Supervisor);
    public static readonly ClaimsPrincipal Manager = Person("manager@demo.kz", StaffRole.Manager);

    public IntakeServices Services { get; }

    public string IncidentNumber { get; private set; } = "";

    public Guid HeadId { get; private set; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ComplaintCommands Commands => Services.Get<ComplaintCommands>();

    public static async Task<ComplaintScenario> StartAsync()
    {
        var services = await IntakeServices.StartAsync(s => s.AddSingleton<IncidentNotifier>().AddSingleton(new SingleOperator()).AddComplaints());
        var scenario = new ComplaintScenario(services) { IncidentNumber = await services.RegisterAsync(JournalData.Appeal("2026-11-20 12:05")) };
        await using var db = services.NewDb();
        var head = new WorkingGroupMemberRecord
        {
            FullName = "Бауыржан Омаров", Position = "Жұмыс тобының басшысы / Руководитель Рабочей группы", Email = "wg@demo.kz", IsHead = true
        };
        db.Add(head);
        db.Add(new WorkingGroupMemberRecord { FullName = "Ольга Ким", Email = "o.kim@demo.kz" });
        await db.SaveChangesAsync(Ct);
        scenario.HeadId = head.Id;
        return scenario;
    }

    public ComplaintForm Form(string? incident = null) => new()
    {
        ReceivedAt = At("20 12:10"), LetterNumber = "ЖТ-17/412", LetterDate = At("20 00:00"), FromMemberId = HeadId,
        Subject = "Баға ұсыныстарын беру мүмкін болмады", Summary = "Жеткізушілер баға ұсыныстарын бере алмады.", IncidentNumber = incident,
    };

    public async Task<Guid> RegisterAsync(string? incident = null, ClaimsPrincipal? by = null)
    {
        using var letter = Letter();
        var result = await Commands.RegisterAsync(Form(incident), "complaint.txt", letter, by ?? Supervisor, Ct);
        Assert.True(result.Succeeded, $"{result.Refusal} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
        return result.Value;
    }

    public static MemoryStream Letter() => new(Encoding.UTF8.GetBytes("Шағым хаты / Письмо с жалобой\n"));

    public static ComplaintAnswerForm Answer() => new()
    {
        Priority = ComplaintPriority.High, Causes = "Серверлердің бірінде жады толып кетті. / Переполнение памяти на одном из серверов.",
        Confirmed = true, FixStartAt = At("23 14:00"), FixBy = At("24 18:00"),
    };

    public async Task<WorkingGroupComplaintRecord> ComplaintAsync(Guid id)
    {
        await using var db = Services.NewDb();
        return await db.Set<WorkingGroupComplaintRecord>().AsNoTracking().SingleAsync(c => c.Id == id, Ct);
    }

    public async Task<List<ObligationRecord>> DutiesAsync()
    {
        await using var db = Services.NewDb();
        return await db.Obligations.AsNoTracking().Where(o => o.SubjectType == "Complaint").ToListAsync(Ct);
    }

    public async Task<List<IncidentEventRecord>> TimelineAsync()
    {
        await using var db = Services.NewDb();
        var incident = await db.Set<IncidentRecord>().SingleAsync(i => i.Number == IncidentNumber, Ct);
        return await db.Set<IncidentEventRecord>().AsNoTracking().Where(e => e.IncidentId == incident.Id).OrderBy(e => e.AtUtc).ToListAsync(Ct);
    }

    /// <summary>An Astana wall-clock time in November 2026, "dd HH:mm".</summary>
    public static DateTime At(string ddhhmm) => DateTime.ParseExact($"2026-11-{ddhhmm}", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Astana(DateTime? utc) => utc is { } at ? AstanaTime.Text(at) : "—";

    public void ClockAt(string ddhhmm) =>
        Services.Clock.SetUtcNow(new DateTimeOffset(AstanaTime.ToUtc(NodaTime.LocalDateTime.FromDateTime(At(ddhhmm))), TimeSpan.Zero));

    private static ClaimsPrincipal Person(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "id-" + role), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)],
            "test"));

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
