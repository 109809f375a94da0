using System.Globalization;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Intake;

public class DuplicateTests
{
    private static AppealForm Report(string taxpayer, string procurement, string description, string at = "2026-11-20 11:00", string email = "a@akzhol.kz") =>
        new()
        {
            Channel = AppealChannel.Email, ReceivedAt = DateTime.ParseExact(at, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = taxpayer, ContactEmail = email, Description = description, ProcurementNumbers = procurement,
        };

    private static async Task<IReadOnlyList<LikelyIncident>> SuggestAsync(IntakeServices app, AppealForm form) =>
        await app.Get<DuplicateFinder>()
            .SuggestAsync(form, Domain.Calendar.AstanaTime.FromWallClock(form.ReceivedAt!.Value), ct: TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_second_report_of_the_same_procurement_is_suggested_and_linked_without_a_new_number()
    {
        await using var app = await IntakeServices.StartAsync();
        var number = await app.RegisterAsync(Report("080340000123", "15423871-1, 15423871-2", "Ошибка при подаче ценового предложения"));
        var second = Report("080340000123", "15423871-2", "Не могу подать предложение", at: "2026-11-20 11:40", email: "b@akzhol.kz");
        var received = await app.Get<AppealIntake>().ReceiveAsync(second, TestContext.Current.CancellationToken);

        var likely = Assert.Single(await SuggestAsync(app, second));
        Assert.Equal(number, likely.Number);
        Assert.Equal("Duplicate.SameProcurement", likely.ReasonKey);

        var linked = await app.Get<AppealRegistration>()
            .LinkAsync(received.Value!.AppealId, likely.IncidentId, second, IntakeServices.Operator(), TestContext.Current.CancellationToken);

        Assert.Equal(number, linked.Value!.IncidentNumber);
        await using var db = app.NewDb();
        Assert.Equal(1, await db.Set<IncidentRecord>().CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.Set<AppealRecord>().CountAsync(a => a.IncidentId == likely.IncidentId, TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.Obligations.CountAsync(o => o.Code == "register" && o.MetAtUtc != null, TestContext.Current.CancellationToken));
        var mails = await db.Set<OutboxMessage>().Select(m => new { m.To, m.Subject }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(mails, m => m.To == "b@akzhol.kz" && m.Subject.Contains(number!));
    }

    [Fact]
    public async Task The_same_description_from_another_organisation_is_suggested()
    {
        await using var app = await IntakeServices.StartAsync();
        await app.RegisterAsync(Report("080340000123", "1", "Портал не открывается"));

        var likely = await SuggestAsync(app, Report("150440005679", "2", "портал   не открывается", at: "2026-11-20 11:30"));

        Assert.Equal("Duplicate.SameText", Assert.Single(likely).ReasonKey);
    }

    [Theory]
    [InlineData("another BIN, another text", "150440005679", "Другая проблема", "2026-11-20 12:00")]
    [InlineData("same BIN and procurement but two days later", "080340000123", "Ошибка при подаче ценового предложения", "2026-11-22 11:00")]
    public async Task Nothing_is_suggested_when_it_does_not_look_like_the_same_failure(string why, string taxpayer, string text, string at)
    {
        await using var app = await IntakeServices.StartAsync();
        await app.RegisterAsync(Report("080340000123", "15423871-1", "Ошибка при подаче ценового предложения"));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.Zero));

        var likely = await SuggestAsync(app, Report(taxpayer, "15423871-1-x", text, at));

        Assert.True(likely.Count == 0, why);
    }
}
