using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using System.Xml.Linq;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Announcements;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Announcements;

/// <summary>The public face of announcements on the real host, asked without signing in: the page, the Atom
/// feed and the JSON API show published updates only. Every test of the shared host that publishes is in this
/// class, so no other test moves the ETag between two requests of one test.</summary>
public class PublicAnnouncementsTests(ConsoleFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly ClaimsPrincipal Operator = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "op"),
        new Claim(ClaimTypes.Name, "operator@demo.kz"), new Claim(ClaimTypes.Role, StaffRole.Operator)], "test"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AnnouncementForm Text(string marker) => new()
    {
        TitleKk = $"Жоспарлы жұмыстар {marker}", TitleRu = $"Плановые работы {marker}",
        BodyKk = $"Портал қолжетімсіз болады. {marker}", BodyRu = $"Портал будет недоступен. {marker}",
    };

    private static string Marker() => "m" + Guid.NewGuid().ToString("N")[..12];

    private async Task<CommandResult<AnnouncementSaved>> DraftAsync(string marker)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AnnouncementService>()
            .DraftStandaloneAsync(AnnouncementKind.PlannedWorks, Text(marker), Operator, Ct);
        Assert.True(result.Succeeded, $"{result.Refusal}");
        return result;
    }

    private async Task<CommandResult<AnnouncementSaved>> DraftUpdateAsync(Guid updateId, string marker)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.AppDbContext>();
        var announcementId = db.Set<AnnouncementUpdateRecord>().Single(u => u.Id == updateId).AnnouncementId;
        var result = await scope.ServiceProvider.GetRequiredService<AnnouncementService>().DraftUpdateAsync(announcementId, Text(marker), Operator, Ct);
        Assert.True(result.Succeeded, $"{result.Refusal}");
        return result;
    }

    private async Task PublishAsync(Guid updateId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AnnouncementService>().PublishAsync(updateId, Operator, ct: Ct);
        Assert.True(result.Succeeded, $"{result.Refusal}");
    }

    /// <summary>The page, the feed and the API, each asked anonymously.</summary>
    private async Task<string[]> PublicViewsAsync()
    {
        var client = factory.NewClient();
        return
        [
            await client.GetStringAsync("/announcements", Ct),
            await client.GetStringAsync("/announcements/feed.atom", Ct),
            await client.GetStringAsync("/api/v1/announcements", Ct),
        ];
    }

    [Fact]
    public async Task A_draft_is_never_public_and_its_publication_is_public_everywhere()
    {
        var first = Marker();
        var draft = await DraftAsync(first);

        Assert.All(await PublicViewsAsync(), view => Assert.DoesNotContain(first, view));

        await PublishAsync(draft.Value!.UpdateId);
        var second = Marker();
        await DraftUpdateAsync(draft.Value!.UpdateId, second);

        Assert.All(await PublicViewsAsync(), view =>
        {
            Assert.Contains(first, view);
            Assert.DoesNotContain(second, view);
        });
    }

    [Theory]
    [InlineData("/api/v1/announcements")]
    [InlineData("/announcements/feed.atom")]
    public async Task A_client_revalidates_with_the_ETag_and_a_new_publication_changes_it(string path)
    {
        await PublishAsync((await DraftAsync(Marker())).Value!.UpdateId);
        var client = factory.NewClient();
        var fresh = await client.GetAsync(path, Ct);
        var tag = fresh.Headers.ETag!;

        var revalidated = await client.SendAsync(Conditional(path, tag), Ct);
        await PublishAsync((await DraftAsync(Marker())).Value!.UpdateId);
        var changed = await client.SendAsync(Conditional(path, tag), Ct);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.False(tag.IsWeak);
        Assert.Equal("public, max-age=60", fresh.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(tag, revalidated.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
    }

    private static HttpRequestMessage Conditional(string path, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(tag);
        return request;
    }

    [Fact]
    public async Task The_feed_is_Atom_with_one_entry_per_published_update_in_both_languages()
    {
        var marker = Marker();
        var first = await DraftAsync(marker);
        await PublishAsync(first.Value!.UpdateId);
        var second = await DraftUpdateAsync(first.Value!.UpdateId, marker + "b");
        await PublishAsync(second.Value!.UpdateId);
        await DraftUpdateAsync(first.Value!.UpdateId, marker + "c");

        var response = await factory.NewClient().GetAsync("/announcements/feed.atom", Ct);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        var entries = feed.Root.Elements(Atom + "entry").Where(e => e.Element(Atom + "title")!.Value.Contains(marker)).ToList();
        Assert.Equal([$"urn:uuid:{second.Value!.UpdateId}", $"urn:uuid:{first.Value!.UpdateId}"], entries.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal($"Жоспарлы жұмыстар {marker}b / Плановые работы {marker}b", entries[0].Element(Atom + "title")!.Value);
        Assert.Contains($"Портал қолжетімсіз болады. {marker}b", entries[0].Element(Atom + "content")!.Value);
        Assert.Contains($"Портал будет недоступен. {marker}b", entries[0].Element(Atom + "content")!.Value);
        var updated = DateTimeOffset.Parse(entries[0].Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.Zero, updated.Offset);
    }

    [Fact]
    public async Task The_API_lists_published_announcements_newest_first_in_Astana_time()
    {
        var marker = Marker();
        var draft = await DraftAsync(marker);
        await PublishAsync(draft.Value!.UpdateId);

        using var json = JsonDocument.Parse(await factory.NewClient().GetStringAsync("/api/v1/announcements", Ct));

        var newest = json.RootElement[0];
        Assert.Equal("PlannedWorks", newest.GetProperty("kind").GetString());
        var update = newest.GetProperty("updates")[0];
        Assert.Equal(draft.Value!.UpdateId, update.GetProperty("id").GetGuid());
        Assert.Equal($"Плановые работы {marker}", update.GetProperty("titleRu").GetString());
        Assert.Equal($"Жоспарлы жұмыстар {marker}", update.GetProperty("titleKk").GetString());
        Assert.EndsWith("+05:00", update.GetProperty("publishedAt").GetString());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("wg@demo.kz", false)]
    [InlineData("operator@demo.kz", true)]
    [InlineData("manager@demo.kz", true)]
    public async Task The_public_page_opens_for_anyone_and_offers_Manage_only_to_publishers(string? email, bool manage)
    {
        var client = email is null ? factory.NewClient() : await SignIn.AsAsync(factory, email);

        var response = await client.GetAsync("/announcements", Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(manage, page.Contains("data-testid=\"announcements-manage\""));
    }

    [Fact]
    public async Task The_editing_page_is_closed_to_anonymous_users_and_to_roles_that_do_not_publish()
    {
        var anonymous = await factory.NewClient().GetAsync("/announcements/manage", Ct);
        var workingGroup = await (await SignIn.AsAsync(factory, "wg@demo.kz")).GetAsync("/announcements/manage", Ct);
        var supervisor = await (await SignIn.AsAsync(factory, "supervisor@demo.kz")).GetAsync("/announcements/manage", Ct);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, workingGroup.StatusCode);
        Assert.Equal(HttpStatusCode.OK, supervisor.StatusCode);
    }

    [Fact]
    public async Task The_announcements_API_and_feed_are_in_the_OpenAPI_document()
    {
        var document = await factory.NewClient().GetStringAsync("/openapi/v1.json", Ct);

        Assert.Contains("/api/v1/announcements", document);
        Assert.Contains("/announcements/feed.atom", document);
    }
}
