using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Web.Hosting;
using GosZakup.Console.Web.Localization;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>The published updates as an Atom feed (RFC 4287): one entry per update, newest first, titled and
/// written in Kazakh and Russian together (R1 §12).</summary>
public static class AnnouncementFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <param name="site">The console's public address; without one the links are relative to the feed's own address.</param>
    public static byte[] Write(IReadOnlyList<AnnouncementThread> threads, PublicSite site)
    {
        var entries = threads.SelectMany(t => t.Updates.Select(u => Entry(t, u, site)))
            .OrderByDescending(e => e.LastUpdatedTime).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var feed = new SyndicationFeed(Bilingual.Subject("Announcements.Feed.Title"), null, Link(site, "/announcements"),
            "urn:goszakup-console:announcements", entries.Count > 0 ? entries[0].LastUpdatedTime : DateTimeOffset.UnixEpoch, entries);
        feed.Authors.Add(new SyndicationPerson { Name = Bilingual.Subject("Announcements.Feed.Author") });
        feed.Links.Add(SyndicationLink.CreateSelfLink(Link(site, "/announcements/feed.atom"), "application/atom+xml"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return stream.ToArray();
    }

    // Explicitly relative: on Linux a bare "/path" would otherwise read as a file:// address.
    private static Uri Link(PublicSite site, string path) => new(site.Link(path), site.BaseUrl is null ? UriKind.Relative : UriKind.Absolute);

    private static SyndicationItem Entry(AnnouncementThread thread, AnnouncementUpdateRecord update, PublicSite site)
    {
        var published = new DateTimeOffset(DateTime.SpecifyKind(update.PublishedAtUtc!.Value, DateTimeKind.Utc));
        var item = new SyndicationItem($"{update.TitleKk} / {update.TitleRu}", $"{update.BodyKk}\n\n{update.BodyRu}",
            Link(site, $"/announcements#update-{update.Id}"), $"urn:uuid:{update.Id}", published)
        {
            PublishDate = published,
        };
        item.Categories.Add(new SyndicationCategory(thread.Announcement.Kind.ToString()));
        return item;
    }
}
