using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.OwnerReports;

/// <summary>Development only: two fixed medium failures seeded after everything else (so the earlier demo Acts and
/// announcements keep their incidents): one whose report to the Owner was sent, with its prevention advice for the
/// quarterly report, and one whose report is still owed. Nothing is added once any report was sent.</summary>
public static class DemoOwnerReports
{
    private static readonly ClaimsPrincipal Operator = Hosting.DemoData.Person("operator@demo.kz", StaffRole.Operator);
    private static readonly ClaimsPrincipal Specialist = Hosting.DemoData.Person("specialist@demo.kz", StaffRole.Specialist);
    private static readonly ClaimsPrincipal Supervisor = Hosting.DemoData.Person("supervisor@demo.kz", StaffRole.Supervisor);

    private sealed record Scenario(string Organisation, string Bin, string Email, string Description, string Module, FailureCause Cause, string Measures,
        int MinutesAgo, bool Sent);

    private static readonly Scenario[] Scenarios =
    [
        new("ТОО «Алатау Медтех»", "100540004417", "tender@alataumed.kz", "Не формируется протокол итогов открытого конкурса: ошибка 500 при подписании.",
            "Открытый конкурс", FailureCauseCatalogue.ThirdPartyDamage,
            "Поставщик услуг связи восстановил повреждённый магистральный канал; сервис подписи перезапущен.", 300, Sent: true),
        new("ТОО «Ертіс Құрылыс»", "120640011229", "zakup@ertis-kurylys.kz", "Не загружаются файлы технической спецификации в заявку на участие.",
            "Электронный магазин", FailureCauseCatalogue.ExternalAttack,
            "Отражена DDoS-атака: включена фильтрация трафика у провайдера, хранилище файлов перезапущено.", 200, Sent: false),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await using (var db = await sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct))
            if (await db.Set<IncidentRecord>().AnyAsync(i => i.OwnerReportSentAtUtc != null, ct)) return;
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var scenario in Scenarios)
            await DriveAsync(sp, scenario, now, ct);
        sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoOwnerReports)).LogInformation("Demo reports to the Owner seeded");
    }

    private static async Task DriveAsync(IServiceProvider sp, Scenario scenario, DateTimeOffset now, CancellationToken ct)
    {
        var form = new AppealForm
        {
            Channel = AppealChannel.Email, ReceivedAt = AstanaTime.ToWallClock(now.AddMinutes(-scenario.MinutesAgo)),
            OrganisationName = scenario.Organisation, TaxpayerNumber = scenario.Bin, ContactEmail = scenario.Email, Description = scenario.Description,
        };
        var received = await sp.GetRequiredService<AppealIntake>().ReceiveAsync(form, ct);
        var registered =
            received.Succeeded ? await sp.GetRequiredService<AppealRegistration>().RegisterAsync(received.Value!.AppealId, form, Operator, ct) : received;
        if (!registered.Succeeded) throw new InvalidOperationException($"Demo incident of {scenario.Organisation}: "
            + $"{string.Join("; ", registered.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))} {registered.Refusal}");
        var number = registered.Value!.IncidentNumber!;
        var commands = sp.GetRequiredService<IncidentCommands>();
        var factory = sp.GetRequiredService<IDbContextFactory<AppDbContext>>();

        async Task<IncidentRecord> Load()
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.Set<IncidentRecord>().AsNoTracking().SingleAsync(i => i.Number == number, ct);
        }

        async Task Step(Func<IncidentRecord, Task<CommandResult>> step)
        {
            var result = await step(await Load());
            if (!result.Succeeded) throw new InvalidOperationException($"Demo incident {number}: {result.Refusal} {result.Reason?.Key} "
                + $"{string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
        }

        var decision = new DecisionForm
        {
            ReproductionSteps = "Повтор действий поставщика под тестовой учётной записью.", ReproductionResult = "Ошибка воспроизведена.",
            AllUsersBlocked = false, AffectedParticipantsCouldNotTakePart = true, SystemModule = scenario.Module,
            PlannedFixAt = AstanaTime.ToWallClock(now.AddHours(2)), CauseCode = scenario.Cause.Code,
        };
        await Step(i => commands.AssignAsync(i.Id, i.Version, Specialist, ct));
        await Step(i => commands.SendConfirmationAlertAsync(i.Id, i.Version, Severity.Medium, Specialist, ct)); // R2 §25: before the confirmation
        decision.NoSecurityMemberTookPart = true;
        await Step(i => commands.ConfirmAsync(i.Id, i.Version, decision, Specialist, ct));
        await Step(i => commands.StartFixAsync(i.Id, i.Version, Specialist, ct));
        await Step(i =>
            commands.RecordFixAsync(i.Id, i.Version, AstanaTime.ToWallClock(now.AddMinutes(-scenario.MinutesAgo / 3)), scenario.Measures, Specialist, ct));
        if (!scenario.Sent) return;
        var report = new OwnerReportForm
        {
            PreventionKk = "Байланыс провайдерімен резервтік арна бойынша келісім жасау және қолтаңба сервисінің жұмысын тәулік бойы бақылауды енгізу.",
            PreventionRu = "Заключить с провайдером связи договор о резервном канале и ввести круглосуточный мониторинг сервиса подписи.",
        };
        await Step(i => sp.GetRequiredService<OwnerReportCommands>().RecordSentAsync(i.Id, i.Version, report, Supervisor, ct));
        await Step(i => commands.CloseAsync(i.Id, i.Version, Operator, ct));
    }
}
