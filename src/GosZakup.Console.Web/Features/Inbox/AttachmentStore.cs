using System.Security.Cryptography;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>Where attachments live: <c>attachments/</c> under the data folder.</summary>
public sealed record AttachmentFolder(string Path);

/// <summary>Keeps an appeal's evidence (R2 §6.1): each file at most 20 MB (R1 §8), its type checked by its
/// content, stored under its SHA-256 outside the database; the row is saved only when the file is in place.</summary>
public sealed class AttachmentStore(IDbContextFactory<AppDbContext> dbFactory, AttachmentFolder folder, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <returns>A message for the user when the file is refused; null when it is kept.</returns>
    public async Task<string?> AddAsync(Guid appealId, string fileName, Stream content, string? uploadedBy, CancellationToken ct = default)
    {
        var incoming = Path.Combine(folder.Path, "incoming");
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            var (size, hash, head) = await CopyAsync(content, temp, ct);
            if (size > AttachmentRules.MaxBytes) return l["Attachment.TooLarge", fileName, AttachmentRules.MaxBytes / 1024 / 1024];
            if (AttachmentRules.DetectType(head) is not { } type) return l["Attachment.TypeRefused", fileName];
            var stored = PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(stored)!);
            if (!File.Exists(stored)) File.Move(temp, stored);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            // The same file added again to the same appeal (a retried upload or mailbox run) is kept once.
            if (await db.Set<AttachmentRecord>().AnyAsync(a => a.AppealId == appealId && a.Sha256 == hash, ct)) return null;
            db.Set<AttachmentRecord>().Add(new AttachmentRecord
            {
                AppealId = appealId, FileName = Path.GetFileName(fileName)[..Math.Min(255, Path.GetFileName(fileName).Length)],
                ContentType = type, SizeBytes = size, Sha256 = hash, UploadedAtUtc = clock.GetUtcNow().UtcDateTime, UploadedBy = uploadedBy,
            });
            await db.SaveChangesAsync(ct);
            return null;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public string PathOf(string sha256) => Path.Combine(folder.Path, sha256[..2], sha256);

    /// <summary>Copies at most one byte past the limit (enough to know it is too large) while hashing.</summary>
    private static async Task<(long Size, string Sha256, byte[] Head)> CopyAsync(Stream content, string path, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new List<byte>(AttachmentRules.HeadLength);
        var buffer = new byte[81920];
        long size = 0;
        await using var file = File.Create(path);
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            if (head.Count < AttachmentRules.HeadLength) head.AddRange(buffer.Take(Math.Min(read, AttachmentRules.HeadLength - head.Count)));
            size += read;
            if (size > AttachmentRules.MaxBytes) break;
            sha.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return (size, Convert.ToHexStringLower(sha.GetHashAndReset()), head.ToArray());
    }
}
