using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Intake;

/// <summary>R2 §10's carve-out starts at intake: the appeal says whether the failure kept the user from taking part.</summary>
public class ParticipationBlockedTests(ConsoleFactory factory)
{
    private const string DevKey = "dev-only-goszakup-console-key"; // appsettings.Development.json

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AppealRecord> PostAsync(object appeal)
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DevKey);
        var response = await client.PostAsJsonAsync("/api/v1/appeals", appeal, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AppealRecord>().AsNoTracking().SingleAsync(a => a.Id == id, Ct);
    }

    private static string AstanaNow() => DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");

    [Fact]
    public async Task An_appeal_posted_with_participationBlocked_is_stored_with_it()
    {
        var appeal = await PostAsync(new
        {
            channel = "Email", receivedAt = AstanaNow(), organisation = "ТОО «Нұр Логистик»", taxpayerNumber = "070740003011",
            email = "info@nurlog.kz", description = "Не удалось подать заявку: ошибка 503.", procurementNumbers = "15431122-1", participationBlocked = true,
        });

        Assert.True(appeal.ParticipationBlocked);
        Assert.Equal("15431122-1", appeal.ProcurementNumbers);
    }

    [Fact]
    public async Task Without_the_field_the_appeal_does_not_claim_participation_was_blocked()
    {
        var appeal = await PostAsync(new
        {
            channel = "Monitoring", receivedAt = AstanaNow(), organisation = "Monitoring", email = "ops@akzhol.kz", description = "Портал медленно отвечает"
        });

        Assert.False(appeal.ParticipationBlocked);
    }

    [Fact]
    public async Task The_OpenAPI_document_offers_participationBlocked_as_an_optional_boolean()
    {
        using var document = JsonDocument.Parse(await factory.NewClient().GetStringAsync("/openapi/v1.json", Ct));

        var request = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("AppealRequest");
        var property = request.GetProperty("properties").GetProperty("participationBlocked");
        Assert.Contains("boolean", property.GetRawText());
        Assert.False(request.TryGetProperty("required", out var required) && required.EnumerateArray().Any(r => r.GetString() == "participationBlocked"));
    }

    [Fact]
    public async Task Registering_keeps_what_the_operator_ticked_on_the_form()
    {
        await using var services = await IntakeServices.StartAsync();
        var form = new AppealForm
        {
            ReceivedAt = new DateTime(2026, 11, 20, 12, 0, 0), OrganisationName = "ТОО «Арман Сервис»", ContactPhone = "+7 701 234 56 78",
            Description = "Не подаётся ценовое предложение.", ProcurementNumbers = "15428870-1",
        };
        var received = await services.Get<AppealIntake>().ReceiveAsync(form, Ct);
        form.ParticipationBlocked = true;

        var registered = await services.Get<AppealRegistration>().RegisterAsync(received.Value!.AppealId, form, IntakeServices.Operator(), Ct);

        Assert.True(registered.Succeeded);
        await using var db = services.NewDb();
        Assert.True((await db.Set<AppealRecord>().SingleAsync(a => a.Id == received.Value!.AppealId, Ct)).ParticipationBlocked);
    }
}
