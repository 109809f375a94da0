using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Notifications;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Reminders;

/// <summary>The intake services with the reminder job, a pinned clock and a small staff: two active operators
/// and a disabled one, a specialist and a supervisor.</summary>
public sealed class ReminderScenario : IAsyncDisposable
{
    private ReminderScenario(IntakeServices app) => App = app;

    public IntakeServices App { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ReminderScenario> StartAsync(ReminderLimits? limits = null)
    {
        var app = await IntakeServices.StartAsync(s => s.AddSingleton<NotificationCenter>().AddSingleton(limits ?? ReminderLimits.Default)
            .AddScoped<ReminderJob>().AddScoped<NotificationService>());
        await using var db = app.NewDb();
        db.Roles.AddRange(StaffRole.All.Select(r => new IdentityRole(r) { Id = r, NormalizedName = r.ToUpperInvariant() }));
        Person(db, "op-1", StaffRole.Operator);
        Person(db, "op-2", StaffRole.Operator);
        Person(db, "op-3", StaffRole.Operator, disabled: true);
        Person(db, "spec-1", StaffRole.Specialist);
        Person(db, "sup-1", StaffRole.Supervisor);
        await db.SaveChangesAsync(Ct);
        return new ReminderScenario(app);
    }

    private static void Person(DbContext db, string id, string role, bool disabled = false)
    {
        var email = $"{id}@test.kz";
        db.Add(new ApplicationUser
        {
            Id = id, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), IsDisabled = disabled
        });
        db.Add(new IdentityUserRole<string> { UserId = id, RoleId = role });
    }

    public static DateTime Astana(string text) => DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public void SetAstanaNow(string text) =>
        App.Clock.SetUtcNow(new DateTimeOffset(AstanaTime.ToUtc(NodaTime.LocalDateTime.FromDateTime(Astana(text))), TimeSpan.Zero));

    public static AppealForm Phone(string receivedAstana) => new()
    {
        Channel = AppealChannel.Phone, ReceivedAt = Astana(receivedAstana), OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = "900101300811",
        ContactPhone = "+7 701 234 56 78", Description = "Не открывается раздел ценовых предложений",
    };

    /// <summary>Receives a phone appeal now (R2 §7: registered within 30 working minutes, no lunch pause).</summary>
    public async Task<Guid> ReceiveAsync(string receivedAstana)
    {
        var received = await App.Get<AppealIntake>().ReceiveAsync(Phone(receivedAstana), Ct);
        Assert.True(received.Succeeded);
        return received.Value!.AppealId;
    }

    public async Task<int> RunJobAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(Ct);
    }

    public async Task<List<ReminderRecord>> RemindersAsync()
    {
        await using var db = App.NewDb();
        return await db.Set<ReminderRecord>().AsNoTracking().ToListAsync(Ct);
    }

    public async Task<List<NotificationRecord>> NotificationsAsync()
    {
        await using var db = App.NewDb();
        return await db.Set<NotificationRecord>().AsNoTracking().OrderBy(n => n.UserId).ToListAsync(Ct);
    }

    public async Task<List<OutboxMessage>> MailAsync()
    {
        await using var db = App.NewDb();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.To).ToListAsync(Ct);
    }

    public async Task<ObligationRecord> ObligationAsync(string code)
    {
        await using var db = App.NewDb();
        return await db.Obligations.AsNoTracking().SingleAsync(o => o.Code == code, Ct);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
