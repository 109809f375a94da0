using System.Net;
using System.Text.Json;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Extensions;

/// <summary><c>GET /api/v1/extension-orders?since=</c>: the portal reads the orders in force page by page, even when many
/// were applied at the same instant, and never sees a proposal.</summary>
public class ExtensionOrdersApiTests(ConsoleFactory factory)
{
    private const string DevKey = "dev-only-goszakup-console-key"; // appsettings.Development.json
    private static readonly DateTime AppliedAt = new(2031, 1, 5, 6, 0, 0, DateTimeKind.Utc); // later than anything other tests apply

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_through_every_order_in_force_once_in_the_order_applied()
    {
        var numbers = await SeedAsync();
        var client = Client();
        var seen = new List<string>();
        var url = $"/api/v1/extension-orders?since={AppliedAt:yyyy-MM-ddTHH:mm:ssZ}&limit=2";
        var pages = 0;
        while (true)
        {
            var page = await JsonAsync(await client.GetAsync(url, Ct));
            pages++;
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                seen.Add(item.GetProperty("procurement").GetString()!);
                Assert.Equal("AcceptanceEnd", item.GetProperty("deadline").GetString());
                Assert.Equal("R2 §16.4", item.GetProperty("clause").GetString());
                Assert.Equal("INC-2030-000001", item.GetProperty("source").GetString());
            }
            if (page.GetProperty("next").GetString() is not { } next) break;
            url = $"/api/v1/extension-orders?since={next}&limit=2";
        }

        Assert.Equal(numbers.Applied.Order(), seen.Order()); // the proposal is not there
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(3, pages); // 5 orders, 2 a page: the last page says there is no next
    }

    [Fact]
    public async Task Refuses_without_a_key_and_explains_a_bad_since_or_limit()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync("/api/v1/extension-orders", Ct)).StatusCode);
        var badSince = await Client().GetAsync("/api/v1/extension-orders?since=yesterday", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badSince.StatusCode);
        var problem = await JsonAsync(badSince);
        Assert.Equal("invalid", problem.GetProperty("code").GetString());
        Assert.Contains("since", problem.GetProperty("errors").GetProperty("since")[0].GetString());
        var badLimit = await Client().GetAsync("/api/v1/extension-orders?limit=0", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Equal("invalid", (await JsonAsync(badLimit)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Client().GetAsync("/api/v1/extension-orders?limit=5001", Ct)).StatusCode);
    }

    [Fact]
    public async Task Is_in_the_OpenAPI_document()
    {
        var document = await factory.NewClient().GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("\"/api/v1/extension-orders\"", document);
    }

    private HttpClient Client()
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", DevKey);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    /// <summary>Five orders applied at one instant and one still proposed, on procurements of their own.</summary>
    private async Task<(List<string> Applied, string Proposed)> SeedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var applied = new List<string>();
        string proposed = "";
        for (var i = 0; i < 6; i++)
        {
            var number = $"9{Random.Shared.Next(10_000_000, 99_999_999)}-1";
            var procurement = new ProcurementRecord
            {
                AnnouncementNumber = number, Name = "API", CustomerBin = "040340002112", OrganiserBin = "990140000106",
                Method = TradeMethod.OpenTender, SystemModule = "API"
            };
            db.Add(procurement);
            var order = new ExtensionOrderRecord
            {
                ProcurementId = procurement.Id, ProcurementNumber = number, Kind = DeadlineKind.AcceptanceEnd, OldUtc = AppliedAt.AddDays(-1),
                NewUtc = AppliedAt.AddDays(1), Clause = "R2 §16.4", SourceKind = ExtensionSourceKind.Failure, SourceId = "INC-2030-000001",
                ComputedAtUtc = AppliedAt.AddHours(-1),
            };
            if (i < 5)
            {
                (order.State, order.ApprovedAtUtc, order.AppliedAtUtc, order.Cursor) =
                    (ExtensionOrderState.Applied, AppliedAt, AppliedAt, ExtensionOrderRecord.CursorOf(AppliedAt, order.Id));
                applied.Add(number);
            }
            else proposed = number;
            db.Add(order);
        }
        await db.SaveChangesAsync(Ct);
        return (applied, proposed);
    }
}
