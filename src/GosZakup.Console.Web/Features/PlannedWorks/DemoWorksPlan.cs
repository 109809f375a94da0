using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.PlannedWorks;

/// <summary>Development only: this year's plan, approved, with three windows around now: one over, one on the auction
/// module starting in 36 hours (its notice is due, so the notice job publishes it) and one of the whole System in ten
/// days. They are marked due, so the extension sweep that runs after the demo seeds computes their proposals.</summary>
public sealed class DemoWorksPlan(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Set<WorksPlanRecord>().AnyAsync(ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc);
        var year = AstanaTime.FromUtc(now).Year;
        var plan = new WorksPlanRecord { Year = year, ApprovedAtUtc = now.AddDays(-30), ApprovedByName = "supervisor@demo.kz" };
        var over = hour.AddDays(-3);
        plan.Windows.AddRange(
            Window(plan, year, 1, over, over.AddHours(4), "", "Дерекқор серверлерінің жоспарлы қызмет көрсетуі.", "Плановое обслуживание серверов баз данных.",
                now, actualEnd: over.AddHours(5)),
            Window(plan, year, 2, hour.AddHours(36), hour.AddHours(40), "Аукцион", "Аукцион модулін жаңарту.", "Обновление модуля «Аукцион».", now),
            Window(plan, year, 3, hour.AddDays(10), hour.AddDays(10).AddHours(6), "", "Порталдың бүкіл Жүйесінің профилактикалық жұмыстары.",
                "Профилактические работы всей Системы портала.", now));
        db.Add(plan);
        await db.SaveChangesAsync(ct);
    }

    private static WorksWindowRecord Window(WorksPlanRecord plan, int year, int number, DateTime start, DateTime end, string modules, string kk, string ru,
        DateTime now, DateTime? actualEnd = null) => new()
        {
            PlanId = plan.Id, Code = $"{year}-{number:00}", StartUtc = start, EndUtc = end, ActualEndUtc = actualEnd, Modules = modules,
            DescriptionKk = kk, DescriptionRu = ru, ExtensionsDueAtUtc = now,
        };
}
