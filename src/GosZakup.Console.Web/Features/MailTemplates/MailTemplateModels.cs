namespace GosZakup.Console.Web.Features.MailTemplates;

/// <summary>A kind of notice as the Mail templates page lists it: whether an Admin's wording is in force, and
/// who changed it last.</summary>
public sealed record MailTemplateRow(MailTemplateKind Kind, bool Customised, DateTime? UpdatedAtUtc, string? UpdatedByName);

/// <summary>What the editor edits: one kind's wording in Kazakh and Russian. <see cref="Version"/> is the stored
/// row's concurrency token, or null while the built-in wording is in force.</summary>
public sealed class MailTemplateForm
{
    public string Kind { get; set; } = "";
    public string SubjectKk { get; set; } = "";
    public string SubjectRu { get; set; } = "";
    public string BodyKk { get; set; } = "";
    public string BodyRu { get; set; } = "";
    public Guid? Version { get; set; }
    public DateTime? UpdatedAtUtc { get; set; }
    public string? UpdatedByName { get; set; }

    public bool Customised => Version is not null;

    public TemplateWording Kk => new(SubjectKk, BodyKk);

    public TemplateWording Ru => new(SubjectRu, BodyRu);

    /// <summary>The four texts with their field names, subjects first.</summary>
    public IEnumerable<(string Field, string Text, bool IsSubject)> Texts =>
    [
        (nameof(SubjectKk), SubjectKk, true), (nameof(SubjectRu), SubjectRu, true),
        (nameof(BodyKk), BodyKk, false), (nameof(BodyRu), BodyRu, false),
    ];
}
