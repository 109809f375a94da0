using System.Security.Cryptography;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>Where checked files live: <c>attachments/</c> under the data folder, each under its SHA-256 (so the
/// same file is kept once and any change to it is detectable). Appeal attachments and incident documents share it.</summary>
public sealed record AttachmentFolder(string Path)
{
    public string PathOf(string sha256) => System.IO.Path.Combine(Path, sha256[..2], sha256);

    /// <summary>A kept file as a download (see <see cref="Api.FileDownloads"/>): refused, and logged, when the stored
    /// bytes no longer hash to the SHA-256 they were kept under (a damaged disk or a hand edit of the folder).</summary>
    public async Task<IResult> DownloadAsync(Api.KeptFile file, IServiceProvider services, CancellationToken ct)
    {
        var path = PathOf(file.Sha256);
        if (!File.Exists(path)) return Results.NotFound();
        if (!string.Equals(await Sha256Of(path, ct), file.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            services.GetRequiredService<ILogger<AttachmentFolder>>().LogError("Kept file {Path} no longer matches its SHA-256 {Sha256}.", path, file.Sha256);
            var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            return Results.Problem(title: l["Files.Damaged"], statusCode: StatusCodes.Status500InternalServerError);
        }
        return Results.File(path, file.ContentType, file.FileName, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    private static async Task<string> Sha256Of(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    /// <summary>Copies the content to a temporary file while hashing it, and checks it: at most 20 MB (R1 §8), of
    /// a type recognised by its content. Nothing is kept until <see cref="IncomingFile.Keep"/>.</summary>
    public async Task<IncomingFile> ReceiveAsync(string fileName, Stream content, CancellationToken ct = default)
    {
        var incoming = System.IO.Path.Combine(Path, "incoming");
        Directory.CreateDirectory(incoming);
        var file = new IncomingFile(this, fileName, System.IO.Path.Combine(incoming, Guid.NewGuid().ToString("N")));
        try
        {
            await file.CopyAsync(content, ct);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}

/// <summary>A received file waiting in the folder's <c>incoming/</c>: checked, hashed, and either kept under its
/// SHA-256 or, when disposed without keeping, gone.</summary>
public sealed class IncomingFile : IDisposable
{
    private readonly AttachmentFolder folder;
    private readonly string temp;
    private byte[] head = [];

    internal IncomingFile(AttachmentFolder folder, string fileName, string temp)
    {
        (this.folder, this.temp) = (folder, temp);
        var name = System.IO.Path.GetFileName(fileName);
        FileName = name[..Math.Min(255, name.Length)];
    }

    /// <summary>The name without any folder, cut to what the database keeps.</summary>
    public string FileName { get; }

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; } = "";

    /// <summary>The type recognised from the content; null when the file is too large or not allowed.</summary>
    public string? ContentType => IsTooLarge ? null : AttachmentRules.DetectType(head);

    public bool IsTooLarge => SizeBytes > AttachmentRules.MaxBytes;

    /// <summary>Why the file is refused, in the user's language; null when it may be kept.</summary>
    public string? Refusal(IStringLocalizer<SharedResource> l) => Fault is { } fault ? l.Text(fault) : null;

    /// <summary>Why the file is refused, as a resource key and its arguments; null when it may be kept.</summary>
    public ResourceText? Fault =>
        IsTooLarge ? new("Attachment.TooLarge", FileName, AttachmentRules.MaxBytes / 1024 / 1024)
        : ContentType is null ? new("Attachment.TypeRefused", FileName)
        : null;

    /// <summary>Moves the file under its SHA-256 (once: the same content already there is the same file).</summary>
    public void Keep()
    {
        if (ContentType is null) throw new InvalidOperationException($"{FileName} is refused and cannot be kept.");
        var stored = folder.PathOf(Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(stored)!);
        if (!File.Exists(stored)) File.Move(temp, stored);
    }

    /// <summary>Copies at most one byte past the limit (enough to know it is too large) while hashing.</summary>
    internal async Task CopyAsync(Stream content, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var first = new List<byte>(AttachmentRules.HeadLength);
        var buffer = new byte[81920];
        long size = 0;
        await using var file = File.Create(temp);
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            if (first.Count < AttachmentRules.HeadLength) first.AddRange(buffer.Take(Math.Min(read, AttachmentRules.HeadLength - first.Count)));
            size += read;
            if (size > AttachmentRules.MaxBytes) break;
            sha.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        (SizeBytes, Sha256, head) = (size, Convert.ToHexStringLower(sha.GetHashAndReset()), first.ToArray());
    }

    public void Dispose()
    {
        if (File.Exists(temp)) File.Delete(temp);
    }
}

/// <summary>Keeps an appeal's evidence (R2 §6.1) in the <see cref="AttachmentFolder"/>; the row is saved only when
/// the file is in place.</summary>
public sealed class AttachmentStore(IDbContextFactory<AppDbContext> dbFactory, AttachmentFolder folder, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <returns>A message for the user when the file is refused; null when it is kept.</returns>
    public async Task<string?> AddAsync(Guid appealId, string fileName, Stream content, string? uploadedBy, CancellationToken ct = default)
    {
        using var file = await folder.ReceiveAsync(fileName, content, ct);
        if (file.Refusal(l) is { } refused) return refused;
        file.Keep();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The same file added again to the same appeal (a retried upload or mailbox run) is kept once.
        if (await db.Set<AttachmentRecord>().AnyAsync(a => a.AppealId == appealId && a.Sha256 == file.Sha256, ct)) return null;
        db.Set<AttachmentRecord>().Add(new AttachmentRecord
        {
            AppealId = appealId, FileName = file.FileName, ContentType = file.ContentType!, SizeBytes = file.SizeBytes, Sha256 = file.Sha256,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime, UploadedBy = uploadedBy,
        });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public string PathOf(string sha256) => folder.PathOf(sha256);
}
