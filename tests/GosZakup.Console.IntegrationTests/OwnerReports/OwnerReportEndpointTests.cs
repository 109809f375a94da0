using System.Net;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.OwnerReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static GosZakup.Console.IntegrationTests.Documents.ActF2PdfTests;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;

namespace GosZakup.Console.IntegrationTests.OwnerReports;

/// <summary><c>/incidents/{number}/owner-report.pdf</c> through the real host (real clock): the letter once sent, to the desk's
/// roles only; the unsent preview only to the Supervisor who asked for it.</summary>
public sealed class OwnerReportEndpointTests(ConsoleFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_letter_is_there_once_sent_and_never_for_the_Working_Group()
    {
        var (number, id) = await FixedMediumAsync();
        var supervisor = await SignIn.AsAsync(factory, "supervisor@demo.kz");
        var wg = await SignIn.AsAsync(factory, "wg@demo.kz");
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync(OwnerReportFile.Link(number), Ct)).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var commands = scope.ServiceProvider.GetRequiredService<OwnerReportCommands>();
            var form = new OwnerReportForm { PreventionKk = "Резервтік арна енгізілсін.", PreventionRu = "Ввести резервный канал." };
            var preview = await commands.PreviewAsync(number, form, Supervisor, Ct);
            Assert.True(preview.Succeeded, $"{preview.Refusal} {preview.Reason?.Key}");
            var link = preview.Value!;
            Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync(link, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await (await SignIn.AsAsync(factory, "supervisor2@demo.kz")).GetAsync(link, Ct)).StatusCode);
            Assert.True((await commands.RecordSentAsync(id, await VersionAsync(id), form, Supervisor, Ct)).Succeeded);
        }

        var response = await (await SignIn.AsAsync(factory, "operator@demo.kz")).GetAsync(OwnerReportFile.Link(number), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Ct));
        var text = AllText(pdf);
        Assert.Contains("Резервтікарнаенгізілсін.", text, StringComparison.Ordinal);
        Assert.Contains("Ввестирезервныйканал.", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await wg.GetAsync(OwnerReportFile.Link(number), Ct)).StatusCode);
    }

    private async Task<(string Number, Guid Id)> FixedMediumAsync()
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
        var commands = services.GetRequiredService<IncidentCommands>();
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        var id = await db.Set<IncidentRecord>().Where(i => i.Number == registered.Value!.IncidentNumber).Select(i => i.Id).SingleAsync(Ct);
        var decision = new DecisionForm
        {
            ReproductionResult = "Ошибка воспроизведена.", AffectedParticipantsCouldNotTakePart = true, AllUsersBlocked = false,
            SystemModule = "Электронный магазин", PlannedFixAt = AstanaTime.ToWallClock(now.AddHours(2)), CauseCode = FailureCauseCatalogue.ExternalAttack.Code,
            NoSecurityMemberTookPart = true,
        };
        Ok(await commands.AssignAsync(id, await VersionAsync(id), Specialist, Ct));
        Ok(await commands.SendConfirmationAlertAsync(id, await VersionAsync(id), Severity.Medium, Specialist, Ct)); // R2 §25: before the confirmation
        Ok(await commands.ConfirmAsync(id, await VersionAsync(id), decision, Specialist, Ct));
        Ok(await commands.StartFixAsync(id, await VersionAsync(id), Specialist, Ct));
        Ok(await commands.RecordFixAsync(id, await VersionAsync(id), AstanaTime.ToWallClock(now.AddMinutes(-5)), "Фильтрация трафика.", Specialist, Ct));
        return (registered.Value!.IncidentNumber!, id);
    }

    private async Task<Guid> VersionAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct);
        return await db.Set<IncidentRecord>().Where(i => i.Id == id).Select(i => i.Version).SingleAsync(Ct);
    }

    private static void Ok(CommandResult result) =>
        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
}
