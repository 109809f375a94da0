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

/// <summary>What a change of an announcement came to: field messages, a refusal (a conflict or a state that no
/// longer allows it), or the update it made with its new concurrency version.</summary>
public sealed record AnnouncementResult(IReadOnlyDictionary<string, string> Errors, Guid? UpdateId = null, Guid? Version = null, string? Refusal = null)
{
    public bool Succeeded => Errors.Count == 0 && Refusal is null;

    public static AnnouncementResult Refused(string message) => new(new Dictionary<string, string>(), Refusal: message);
}
