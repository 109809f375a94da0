using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>A file to file on an incident: its name as uploaded and a way to read it (opened once, when kept).</summary>
public sealed record DocumentUpload(string FileName, Func<Stream> Open)
{
    public static DocumentUpload From(IBrowserFile file) => new(file.Name, () => file.OpenReadStream(AttachmentRules.MaxBytes));

    /// <summary>The check a panel makes when a file is chosen (size, then type from the first bytes), so the user hears
    /// at once what would be refused; the service checks again when it keeps the file.</summary>
    public static async Task<string?> RefusalAsync(IBrowserFile file, IStringLocalizer<SharedResource> l) =>
        await FaultAsync(file) is { } fault ? l.Text(fault) : null;

    /// <summary><see cref="RefusalAsync"/> as a resource key and its arguments, translated at the edge.</summary>
    public static async Task<ResourceText?> FaultAsync(IBrowserFile file)
    {
        if (file.Size > AttachmentRules.MaxBytes) return new("Attachment.TooLarge", file.Name, AttachmentRules.MaxBytes / 1024 / 1024);
        var head = new byte[AttachmentRules.HeadLength];
        await using var stream = file.OpenReadStream(AttachmentRules.MaxBytes);
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        return AttachmentRules.DetectType(head.AsSpan(0, read)) is null ? new("Attachment.TypeRefused", file.Name) : null;
    }
}

/// <summary>A referral outside the operator (R2 §21-§22) as entered. <see cref="SentAt"/> is Astana wall-clock time.</summary>
public sealed class ReferralForm
{
    public ReferralKind Kind { get; set; } = ReferralKind.LawEnforcement;
    public DateTime? SentAt { get; set; }
    public string Addressee { get; set; } = "";

    /// <summary>The outgoing letter's number and date.</summary>
    public string? LetterReference { get; set; }

    /// <summary>R2 §22: the Owner's consent (its letter's number and date).</summary>
    public string? OwnerConsent { get; set; }
    public string? Note { get; set; }

    public static ReferralForm New(ReferralKind kind, TimeProvider clock) =>
        new() { Kind = kind, SentAt = AstanaTime.ToWallClock(clock.GetUtcNow()) };
}
