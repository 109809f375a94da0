using System.Security.Claims;
using System.Text;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Complaints;

/// <summary>Development only: one complaint of the Working Group's head, received three hours ago and awaiting its answer,
/// so its R2 §31 timer runs; about the first confirmed demo incident. Nothing is added once any complaint exists.</summary>
public static class DemoComplaints
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await using var db = await sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        if (await db.Set<WorkingGroupComplaintRecord>().AnyAsync(ct)) return;
        var head = await db.Set<WorkingGroupMemberRecord>().AsNoTracking().FirstOrDefaultAsync(m => m.IsHead && m.Active, ct);
        if (head is null) return;
        var incident = await db.Set<IncidentRecord>().AsNoTracking().Where(i => i.Severity != null).OrderBy(i => i.RegisteredAtUtc).Select(i => i.Number)
            .FirstOrDefaultAsync(ct);

        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var received = AstanaTime.ToWallClock(now.AddHours(-3));
        received = received.AddTicks(-(received.Ticks % TimeSpan.TicksPerMinute));
        var form = new ComplaintForm
        {
            ReceivedAt = received, LetterNumber = "ЖТ-17/412", LetterDate = received.Date, FromMemberId = head.Id, IncidentNumber = incident,
            Subject = "Баға ұсыныстарын беру мүмкін болмады / Невозможность подачи ценовых предложений",
            Summary =
                "Жеткізушілер баға ұсыныстарын бере алмағаны туралы шағым түсті. / Поступила жалоба поставщиков на невозможность подать ценовые предложения.",
        };
        var supervisor =
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "supervisor@demo.kz"), new Claim(ClaimTypes.Role, StaffRole.Supervisor)],
                "demo"));
        using var letter = new MemoryStream(Encoding.UTF8.GetBytes($"{form.Subject}\n\n{form.Summary}\n"));
        var result = await sp.GetRequiredService<ComplaintCommands>().RegisterAsync(form, "wg-complaint-ZhT-17-412.txt", letter, supervisor, ct);
        var log = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoComplaints));
        if (!result.Succeeded) log.LogWarning("Demo complaint not added: {Refusal} {Errors}", result.Refusal,
            string.Join("; ", result.FieldErrors.Values.Select(e => e.Key)));
    }
}
