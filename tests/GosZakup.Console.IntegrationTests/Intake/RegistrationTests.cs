using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.IntegrationTests.Intake;

public class RegistrationTests
{
    private static AppealForm Phone(DateTime receivedAt) => new()
    {
        Channel = AppealChannel.Phone, ReceivedAt = receivedAt, OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = "900101300811",
        ContactPhone = "+7 701 234 56 78", Description = "Не открывается раздел ценовых предложений", ProcurementNumbers = "15423-1",
    };

    private static DateTime Astana(string text) => DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Show(DateTime? utc) => utc is { } value ? AstanaTime.FromUtc(value).ToString("yyyy-MM-dd HH:mm", null) : "";

    [Fact]
    public async Task A_phone_appeal_registered_at_once_gets_the_first_number_and_its_next_clocks()
    {
        await using var app = await IntakeServices.StartAsync();
        var received = await app.Get<AppealIntake>().ReceiveAsync(Phone(Astana("2026-11-20 12:10")), TestContext.Current.CancellationToken);

        var registered = await app.Get<AppealRegistration>().RegisterAsync(received.Value!.AppealId, Phone(Astana("2026-11-20 12:10")),
            IntakeServices.Operator(), TestContext.Current.CancellationToken);

        Assert.Equal("INC-2026-000001", registered.Value!.IncidentNumber);
        await using var db = app.NewDb();
        var clocks = await db.Obligations.AsNoTracking().ToDictionaryAsync(o => o.Code, TestContext.Current.CancellationToken);
        Assert.Equal("2026-11-20 12:40", Show(clocks["register"].DueAtUtc));       // R2 §7: phone, no lunch pause
        Assert.Equal("2026-11-20 12:10", Show(clocks["register"].MetAtUtc));
        Assert.Equal("2026-11-20 13:10", Show(clocks["id-email"].DueAtUtc));       // R2 §8: one hour
        Assert.Equal("2026-11-20 16:10", Show(clocks["analyse"].DueAtUtc));        // R2 §9: 50 min before lunch + 70 after
        var appeal = await db.Set<AppealRecord>().Include(a => a.Incident).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("operator@demo.kz", appeal.RegisteredByName);
        Assert.Equal("INC-2026-000001", appeal.Incident!.Number);
    }

    [Fact]
    public async Task An_e_mail_received_in_lunch_waits_in_the_Inbox_due_30_minutes_after_the_break()
    {
        await using var app = await IntakeServices.StartAsync();
        var form = Phone(Astana("2026-11-20 13:10"));
        (form.Channel, form.ContactEmail, form.ContactPhone) = (AppealChannel.Email, "user@company.kz", null);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 8, 12, 0, TimeSpan.Zero));

        var result = await app.Get<AppealIntake>().ReceiveAsync(form, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        await using var db = app.NewDb();
        var appeal = await db.Set<AppealRecord>().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("2026-11-20 15:30", Show(appeal.RegistrationDueAtUtc));
        Assert.Null(appeal.RegisteredAtUtc);
    }

    [Fact]
    public async Task A_late_report_is_flagged_not_refused()
    {
        await using var app = await IntakeServices.StartAsync();
        var form = Phone(Astana("2026-11-20 12:10"));
        form.DetectedAt = Astana("2026-11-20 10:30");

        var result = await app.Get<AppealIntake>().ReceiveAsync(form, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        await using var db = app.NewDb();
        Assert.True((await db.Set<AppealRecord>().SingleAsync(TestContext.Current.CancellationToken)).LateReport);
    }

    [Theory]
    [InlineData("TaxpayerNumber", "900101300812")]
    [InlineData("ContactPhone", "12345")]
    [InlineData("Description", "<script>alert(1)</script>")]
    [InlineData("OrganisationName", "")]
    public async Task Bad_input_is_named_and_nothing_is_saved(string field, string value)
    {
        await using var app = await IntakeServices.StartAsync();
        var form = Phone(Astana("2026-11-20 12:10"));
        typeof(AppealForm).GetProperty(field)!.SetValue(form, value);

        var result = await app.Get<AppealIntake>().ReceiveAsync(form, TestContext.Current.CancellationToken);

        Assert.True(result.FieldErrors.ContainsKey(field), string.Join("; ", result.FieldErrors.Keys));
        await using var db = app.NewDb();
        Assert.Equal(0, await db.Set<AppealRecord>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Obligations.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_appeal_another_operator_took_cannot_be_registered_by_me()
    {
        await using var app = await IntakeServices.StartAsync();
        var received = await app.Get<AppealIntake>().ReceiveAsync(Phone(Astana("2026-11-20 12:10")), TestContext.Current.CancellationToken);
        await app.Get<AppealRegistration>()
            .TakeAsync(received.Value!.AppealId, IntakeServices.Operator("op-2", "operator2@demo.kz"), TestContext.Current.CancellationToken);

        var mine = await app.Get<AppealRegistration>().RegisterAsync(received.Value!.AppealId, Phone(Astana("2026-11-20 12:10")),
            IntakeServices.Operator(), TestContext.Current.CancellationToken);

        Assert.Equal(RefusalCode.TakenByOther, mine.Refusal);
        Assert.Equal(["operator2@demo.kz"], mine.Reason!.Args);
    }

    [Fact]
    public async Task Fifty_concurrent_registrations_get_fifty_numbers_with_no_gap_and_no_duplicate()
    {
        await using var app = await IntakeServices.StartAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 50; i++)
            ids.Add((await app.Get<AppealIntake>().ReceiveAsync(Phone(Astana("2026-11-20 12:10")), TestContext.Current.CancellationToken)).Value!.AppealId);

        var results = await Task.WhenAll(ids.Select((id, i) => Task.Run(() => app.Get<AppealRegistration>()
            .RegisterAsync(id, Phone(Astana("2026-11-20 12:10")), IntakeServices.Operator($"op-{i}", $"op{i}@demo.kz"),
                TestContext.Current.CancellationToken))));

        Assert.All(results, r => Assert.True(r.Succeeded, $"{r.Refusal}"));
        var numbers = results.Select(r => IncidentNumber.Parse(r.Value!.IncidentNumber!).Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 50), numbers);
    }
}
