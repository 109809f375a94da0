namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>The text of one update, in Kazakh and Russian (R1 §12), as the editor binds it.</summary>
public sealed class AnnouncementForm
{
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public string BodyKk { get; set; } = "";
    public string BodyRu { get; set; } = "";

    public static AnnouncementForm Of(Infrastructure.Announcements.AnnouncementUpdateRecord update) => new()
    {
        TitleKk = update.TitleKk, TitleRu = update.TitleRu, BodyKk = update.BodyKk, BodyRu = update.BodyRu,
    };
}

/// <summary>The update a change of an announcement made or kept, with its new concurrency version.</summary>
public sealed record AnnouncementSaved(Guid UpdateId, Guid Version);
