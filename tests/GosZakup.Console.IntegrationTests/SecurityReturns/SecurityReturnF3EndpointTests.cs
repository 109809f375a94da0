using System.Net;
using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.SecurityReturns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static GosZakup.Console.IntegrationTests.Documents.ActF2PdfTests;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;

namespace GosZakup.Console.IntegrationTests.SecurityReturns;

/// <summary><c>/acts/{number}/security/{id}/f3.pdf</c> through the real host (real clock): form F3 once the security was credited to the budget.</summary>
public sealed class SecurityReturnF3EndpointTests(ConsoleFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A published operator-related Act in the host; the first supplier's security credited to the budget and
    /// its letter registered when <paramref name="credit"/>.</summary>
    private async Task<(string Number, Guid Credited, Guid Awaiting)> ActAsync(bool credit)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var now = DateTimeOffset.UtcNow;
        var form = new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = AstanaTime.ToWallClock(now.AddMinutes(-30)),
            OrganisationName = "ТОО «Ақ Жол»", ContactPhone = "+7 701 234 56 78", Description = "Сбой " + Guid.NewGuid().ToString("N"),
        };
        var received = await services.GetRequiredService<AppealIntake>().ReceiveAsync(form, Ct);
        var registered = await services.GetRequiredService<AppealRegistration>().RegisterAsync(received.Value!.AppealId, form, Operator, Ct);
        Assert.True(registered.Succeeded, $"{registered.Refusal}");
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var incident = await db.Set<IncidentRecord>().SingleAsync(i => i.Number == registered.Value!.IncidentNumber, Ct);
        var act = await SecurityReturnData.SignedActAsync(db, incident.Id, now.UtcDateTime.AddMinutes(-20), operatorRelated: true, Ct);
        await services.GetRequiredService<SecurityReturnTracking>().StartAsync(db, act, act.PublishedAtUtc!.Value, Ct);
        await db.SaveChangesAsync(Ct);
        var rows = await db.Set<SecurityReturnRecord>().AsNoTracking().Where(r => r.ActId == act.Id).ToListAsync(Ct);
        var (first, second) = (rows.Single(r => r.SupplierTaxpayerNumber == SecurityReturnData.FirstBin),
            rows.Single(r => r.SupplierTaxpayerNumber == SecurityReturnData.SecondBin));
        if (credit) await CreditAsync(services, db, first.Id, now);
        return (act.Number, first.Id, second.Id);
    }

    private static async Task CreditAsync(IServiceProvider services, AppDbContext db, Guid id, DateTimeOffset now)
    {
        var commands = services.GetRequiredService<SecurityReturnCommands>();
        var astana = AstanaTime.ToWallClock(now.AddMinutes(-10));
        var version = await db.Set<SecurityReturnRecord>().AsNoTracking().Where(r => r.Id == id).Select(r => r.Version).SingleAsync(Ct);
        Assert.True((await commands.RecordCreditAsync(id, version, new CreditForm { CreditedAt = astana, CreditedTo = SecurityCreditedTo.RepublicanBudget },
            Operator, Ct)).Succeeded);
        version = await db.Set<SecurityReturnRecord>().AsNoTracking().Where(r => r.Id == id).Select(r => r.Version).SingleAsync(Ct);
        var letter = SecurityReturnCommandTests.Letter("20 10:00");
        letter.ReceivedAt = astana.AddMinutes(5);
        Assert.True((await commands.RegisterLetterAsync(id, version, letter, Operator, Ct)).Succeeded);
    }

    [Fact]
    public async Task The_F3_of_a_credited_security_names_the_supplier_the_amount_and_the_bank_details()
    {
        var (number, credited, _) = await ActAsync(credit: true);
        var client = await SignIn.AsAsync(factory, "manager@demo.kz");

        var response = await client.GetAsync($"/acts/{number}/security/{credited}/f3.pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"F3-{number}-{SecurityReturnData.FirstBin}.pdf",
            response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
        var text = AllText(pdf);
        foreach (var expected in new[] { $"(БИН{SecurityReturnData.FirstBin})", "1500000,50тенге", $"№{number}", "KZ926010111000012345", "HSBKKZKX",
            "140340016539", "республиканскогобюджета" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public async Task There_is_no_F3_for_a_security_not_credited_to_the_budget()
    {
        var (number, _, awaiting) = await ActAsync(credit: false);
        var client = await SignIn.AsAsync(factory, "operator@demo.kz");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/acts/{number}/security/{awaiting}/f3.pdf", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/acts/NO-SUCH/security/{awaiting}/f3.pdf", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_F3_is_closed_to_the_Working_Group_which_may_not_see_suppliers_bank_accounts()
    {
        var (number, credited, _) = await ActAsync(credit: true);

        var response = await (await SignIn.AsAsync(factory, "wg@demo.kz")).GetAsync($"/acts/{number}/security/{credited}/f3.pdf", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_F3_is_closed_to_anonymous_users_and_to_roles_outside_the_Acts_policy()
    {
        var (number, credited, _) = await ActAsync(credit: true);
        var url = $"/acts/{number}/security/{credited}/f3.pdf";

        var anonymous = await factory.NewClient().GetAsync(url, Ct);
        var specialist = await (await SignIn.AsAsync(factory, "specialist@demo.kz")).GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, specialist.StatusCode);
    }
}
