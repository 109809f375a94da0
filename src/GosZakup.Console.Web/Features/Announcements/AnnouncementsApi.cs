using System.Text.Encodings.Web;
using System.Text.Json;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>The published announcements for the portal's main page, without sign-in: <c>GET /api/v1/announcements</c>
/// (JSON) and <c>/announcements/feed.atom</c> (Atom). Both carry a strong ETag of their content and may be cached
/// for a minute; drafts never appear in either.</summary>
public static class AnnouncementsApi
{
    public sealed record PublicAnnouncement(Guid Id, string Kind, string? IncidentNumber, string PublishedAt, string UpdatedAt,
        IReadOnlyList<PublicUpdate> Updates);

    public sealed record PublicUpdate(Guid Id, string TitleKk, string TitleRu, string BodyKk, string BodyRu, string PublishedAt);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Kazakh, Russian and "+05:00" go out as themselves, not as \u escapes: the body is JSON, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void MapAnnouncementsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/announcements", ListAsync).WithTags("Announcements").AllowAnonymous().RequireRateLimiting(RateLimits.PublicApi)
            .WithSummary("Published main-page announcements (R2 §15.2, §16.3, §24), the most recently updated first, each with its updates newest first")
            .Produces<IReadOnlyList<PublicAnnouncement>>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified);
        app.MapGet("/announcements/feed.atom", FeedAsync).WithTags("Announcements").AllowAnonymous().RequireRateLimiting(RateLimits.PublicApi)
            .WithSummary("The published announcements as an Atom feed, one entry per update")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified);
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> ListAsync(HttpContext http, AnnouncementQuery query, CancellationToken ct)
    {
        var threads = await query.PublishedAsync(ct);
        var body = JsonSerializer.SerializeToUtf8Bytes(threads.Select(Describe).ToList(), Json);
        return ContentTag.Respond(http, body, "application/json; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> FeedAsync(HttpContext http, AnnouncementQuery query, PublicSite site,
        CancellationToken ct)
    {
        var threads = await query.PublishedAsync(ct);
        // The configured public address, never the request's Host header: a forged one must not end up in readers' links.
        return ContentTag.Respond(http, AnnouncementFeed.Write(threads, site), AnnouncementFeed.ContentType);
    }

    public static PublicAnnouncement Describe(AnnouncementThread thread) => new(
        thread.Announcement.Id, thread.Announcement.Kind.ToString(), thread.IncidentNumber,
        Format(thread.Announcement.FirstPublishedAtUtc!.Value), Format(thread.Announcement.LastPublishedAtUtc!.Value),
        [.. thread.Updates.Select(Describe)]);

    private static PublicUpdate Describe(AnnouncementUpdateRecord update) =>
        new(update.Id, update.TitleKk, update.TitleRu, update.BodyKk, update.BodyRu, Format(update.PublishedAtUtc!.Value));

    private static string Format(DateTime utc) => ApiValues.Format(Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
