using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>Development only: incidents in every state of their life, so a newcomer sees analysis, levels,
/// duties with running clocks and a refutation right after start; one still under analysis has had its R2 §25 alert.
/// Runs once, after the demo appeals and the Working Group.</summary>
public sealed class DemoIncidents(AppDbContext db, AppealIntake intake, AppealRegistration registration, IncidentCommands commands, TimeProvider clock,
    ILogger<DemoIncidents> log)
{
    private static readonly ClaimsPrincipal Operator = Hosting.DemoData.Person("operator@demo.kz", StaffRole.Operator);
    private static readonly ClaimsPrincipal Specialist = Hosting.DemoData.Person("specialist@demo.kz", StaffRole.Specialist);

    /// <param name="Level">The level confirmed; for an incident left under analysis, the level its R2 §25 alert suspects.</param>
    private sealed record Scenario(string Organisation, string Bin, string Email, string Description, string? Procurements, IncidentStatus Target,
        Severity? Level = null, string? Module = null);

    private static readonly Scenario[] Scenarios =
    [
        new("ТОО «Нұр Логистик»", "070740003011", "info@nurlog.kz", "Модуль «Конкурс» не открывается для всех пользователей: ошибка 503.", "15431122-1",
            IncidentStatus.Fixing, Severity.High, "Конкурс"),
        new("ТОО «Арман Сервис»", "130540011227", "arman@service.kz", "После отправки заявки пропали загруженные документы по лоту 3.", "15428870-1",
            IncidentStatus.Confirmed, Severity.Medium, "Запрос ценовых предложений"),
        new("ИП Жұмабеков", "880101300219", "zhumabekov@mail.kz", "Медленно открывается личный кабинет, но работа возможна.", null, IncidentStatus.Closed,
            Severity.Low, "Личный кабинет"),
        new("ТОО «Сарыарқа Строй»", "150840017766", "sarstroy@mail.kz", "Не отображается кнопка «Подать заявку» в браузере Internet Explorer.", "15420001-1",
            IncidentStatus.Refuted),
        new("ГУ «Аппарат акима района»", "040340002112", "akimat@gov.kz", "При подписании протокола ЭЦП выдаётся ошибка NCALayer.", "15424567-1",
            IncidentStatus.UnderAnalysis),
        new("ТОО «Дала Трейд»", "100440012345", "tender@dalatrade.kz", "Модуль «Аукцион» не принимает ценовые предложения: после отправки страница зависает.",
            "15440878-1", IncidentStatus.UnderAnalysis, Severity.Medium),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Set<IncidentRecord>().AnyAsync(i => i.Status != IncidentStatus.Registered, ct)) return;
        var now = clock.GetUtcNow();
        foreach (var (scenario, index) in Scenarios.Select((s, i) => (s, i)))
        {
            var form = new AppealForm
            {
                Channel = AppealChannel.Email, ReceivedAt = AstanaTime.ToWallClock(now.AddMinutes(-90 - 25 * index)),
                OrganisationName = scenario.Organisation, TaxpayerNumber = scenario.Bin, ContactEmail = scenario.Email, Description = scenario.Description,
                ProcurementNumbers = scenario.Procurements,
            };
            var received = await intake.ReceiveAsync(form, ct);
            var registered = received.Succeeded ? await registration.RegisterAsync(received.Value!.AppealId, form, Operator, ct) : received;
            if (!registered.Succeeded) throw new InvalidOperationException($"Demo incident of {scenario.Organisation}: "
                + $"{string.Join("; ", registered.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))} {registered.Refusal}");
            await DriveAsync(registered.Value!.IncidentNumber!, scenario, now, ct);
        }
        log.LogInformation("Demo incidents seeded: {Count}", Scenarios.Length);
    }

    private async Task DriveAsync(string number, Scenario scenario, DateTimeOffset now, CancellationToken ct)
    {
        async Task Step(Func<IncidentRecord, Task<CommandResult>> step)
        {
            var incident = await db.Set<IncidentRecord>().AsNoTracking().FirstAsync(i => i.Number == number, ct);
            var result = await step(incident);
            if (!result.Succeeded) throw new InvalidOperationException($"Demo incident {number}: {result.Refusal} {result.Reason?.Key} "
                + $"{string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
        }

        await Step(i => commands.AssignAsync(i.Id, i.Version, Specialist, ct));
        if (scenario.Level is { } suspected && SeverityWizard.NeedsConfirmationAlert(suspected))
            await Step(i => commands.SendConfirmationAlertAsync(i.Id, i.Version, suspected, Specialist, ct));
        if (scenario.Target == IncidentStatus.UnderAnalysis) return;
        var decision = new DecisionForm
        {
            ReproductionSteps = "Вход под тестовым поставщиком, повтор действий пользователя в Chrome 131.",
            ReproductionResult = scenario.Target == IncidentStatus.Refuted
                ? "В поддерживаемых браузерах кнопка отображается; Internet Explorer порталом не поддерживается." : "Ошибка воспроизведена.",
            AllUsersBlocked = scenario.Level == Severity.High,
            AffectedParticipantsCouldNotTakePart = scenario.Level == Severity.Medium,
            SystemModule = scenario.Module,
            PlannedFixAt = AstanaTime.ToWallClock(now.AddHours(3)),
            CauseCode = scenario.Level switch
            {
                Severity.High => FailureCauseCatalogue.All.First(c => c.IsOperatorRelated).Code,
                Severity.Medium => FailureCauseCatalogue.All.First(c => !c.IsOperatorRelated).Code,
                _ => null,
            },
            SecurityMemberIds = await SecurityMembersAsync(scenario, ct),
        };
        if (scenario.Target == IncidentStatus.Refuted)
        {
            await Step(i => commands.RefuteAsync(i.Id, i.Version, decision, Specialist, ct));
            return;
        }
        await Step(i => commands.ConfirmAsync(i.Id, i.Version, decision, Specialist, ct));
        if (scenario.Target == IncidentStatus.Confirmed) return;
        await Step(i => commands.StartFixAsync(i.Id, i.Version, Specialist, ct));
        if (scenario.Target == IncidentStatus.Fixing) return;
        var fixedAt = AstanaTime.ToWallClock(now.AddMinutes(-5));
        await Step(i => commands.RecordFixAsync(i.Id, i.Version, fixedAt, "Перезапущен сервер приложений личного кабинета.", Specialist, ct));
        await Step(i => commands.CloseAsync(i.Id, i.Version, Operator, ct));
    }

    /// <summary>R2 §25: after the alert, the Working Group's information-security members took part; the first of them, in the demo.</summary>
    private async Task<HashSet<Guid>> SecurityMembersAsync(Scenario scenario, CancellationToken ct) =>
        !SeverityWizard.NeedsConfirmationAlert(scenario.Level) ? [] :
        [.. await db.Set<WorkingGroupMemberRecord>().AsNoTracking()
            .ActiveSecurityMembers().OrderBy(m => m.Email).Select(m => m.Id).Take(1).ToListAsync(ct)];
}
