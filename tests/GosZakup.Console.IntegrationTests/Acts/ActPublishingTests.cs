using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Acts.Publication;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Acts;

/// <summary>R2 §17: a signed Act is published on the main page with the failure, the numbers, the type, the link to the
/// signed Act and the suppliers; publishing meets the duty, once, and starts the return of the suppliers' security.</summary>
public sealed class ActPublishingTests : IAsyncLifetime
{
    private ActSigningScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => scenario = await ActSigningScenario.StartAsync();

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task Publishing_a_signed_Act_posts_it_in_both_languages_and_meets_the_duty_once()
    {
        var publishing = scenario.Get<ActPublishing>();
        var unsigned = await publishing.PublishAsync(scenario.Act.Id, scenario.Act.Version, IncidentScenario.Supervisor, "", Ct);
        Assert.Equal((RefusalCode.NotAllowedFromStatus, "Acts.Error.NotSigned"), (unsigned.Refusal, unsigned.Reason?.Key));
        await scenario.SignAsync();
        var signed = await scenario.ActAsync();
        Assert.False((await publishing.PublishAsync(signed.Id, signed.Version, IncidentScenario.Specialist, "", Ct)).Succeeded);

        scenario.Incident.ClockAt("15:00");
        Assert.True((await publishing.PublishAsync(signed.Id, signed.Version, IncidentScenario.Operator, "", Ct)).Succeeded);
        var published = await scenario.ActAsync();
        Assert.Equal(IncidentScenario.Utc("15:00"), published.PublishedAtUtc);
        Assert.Equal("Act 2026-001 published", (await scenario.Incident.DutiesAsync()).Single(d => d.Code == "act-publish").MetNote);
        Assert.False((await publishing.PublishAsync(published.Id, published.Version, IncidentScenario.Operator, "", Ct)).Succeeded);

        await using (var returns = scenario.Incident.Services.NewDb()) // R2 §18 starts in the same transaction
        {
            var security = await returns.Set<SecurityReturnRecord>().SingleAsync(Ct);
            Assert.Equal((1_480_000m, "080340000123"), (security.Amount, security.SupplierTaxpayerNumber));
            Assert.True(await returns.Obligations.AnyAsync(o => o.SubjectType == "SecurityReturn" && o.SubjectId == security.Id.ToString()
                && o.Code == "security-return", Ct));
        }

        await using var db = scenario.Incident.Services.NewDb();
        var announcement = await db.Set<AnnouncementRecord>().Include(a => a.Updates).SingleAsync(a => a.Kind == AnnouncementKind.Act, Ct);
        var update = Assert.Single(announcement.Updates);
        Assert.Equal(UpdateState.Published, update.State);
        Assert.Contains("2026-001", update.TitleKk);
        foreach (var body in new[] { update.BodyKk, update.BodyRu })
        {
            Assert.Contains("https://console.example.kz/verify/acts/2026-001", body);
            Assert.Contains("15423871-1", body);
            Assert.Contains("ТОО «Ақ Жол», 080340000123", body);
            Assert.Contains("20.11.2026 12:05", body);
        }
        Assert.Contains("Вид технического сбоя: связанный с оператором.", update.BodyRu);
        Assert.Contains("Техникалық іркіліс түрі: операторға байланысты.", update.BodyKk);
    }
}
