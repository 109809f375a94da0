using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.SavedViews;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Intake;

/// <summary>Issue 17: the Inbox loaded every waiting appeal at once (27,000 took 1,244 s to render). It now reads one
/// page at a time, most urgent first, and the database counts the rest.</summary>
public sealed class InboxPagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AppealForm Appeal(AppealChannel channel, DateTime receivedAstana, int n) => new()
    {
        Channel = channel, ReceivedAt = receivedAstana, OrganisationName = $"ТОО «Поток {n}»", ContactPhone = "+7 701 234 56 78",
        ContactEmail = "ops@potok.kz", Description = $"Портал не отвечает, обращение {n}",
    };

    [Fact]
    public async Task The_Inbox_reads_one_page_most_urgent_first_and_counts_the_rest_by_channel()
    {
        await using var app = await IntakeServices.StartAsync();
        var intake = app.Get<AppealIntake>();
        for (var i = 0; i < 120; i++)
        {
            var channel = i % 3 == 0 ? AppealChannel.Email : AppealChannel.Phone;
            Assert.True((await intake.ReceiveAsync(Appeal(channel, new DateTime(2026, 11, 20, 11, 0, 0).AddMinutes(i % 60), i), Ct)).Succeeded);
        }
        var query = app.Get<InboxQuery>();
        var now = app.Clock.GetUtcNow().UtcDateTime;

        var first = await query.PageAsync(BuiltInViews.All, "op-1", now, 0, InboxQuery.PageSize, Ct);
        var last = await query.PageAsync(BuiltInViews.All, "op-1", now, 100, InboxQuery.PageSize, Ct);
        var counts = await query.CountsAsync(now, Ct);

        Assert.Equal((50, 120), (first.Rows.Count, first.Total));
        Assert.Equal(20, last.Rows.Count);
        var order = first.Rows.Concat(last.Rows).Select(r => r.Appeal.RegistrationTargetAtUtc ?? r.Appeal.RegistrationDueAtUtc).ToList();
        Assert.Equal(order.Order(), order);
        Assert.All(first.Rows, r => Assert.NotNull(r.Warn50AtUtc)); // each row's R2 §7 clock, read for the page only
        Assert.Equal((120, 40, 80), (counts.Waiting, counts.ByChannel[AppealChannel.Email], counts.ByChannel[AppealChannel.Phone]));
        Assert.Equal(0, await query.CountAsync(BuiltInViews.Mine, "op-1", now, Ct));
        Assert.Equal(120, await query.CountAsync(BuiltInViews.Unassigned, "op-1", now, Ct));
    }
}
