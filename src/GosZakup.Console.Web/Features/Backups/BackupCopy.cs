using System.Security.Cryptography;

namespace GosZakup.Console.Web.Features.Backups;

/// <summary>Copies a file while hashing what it wrote, so the manifest (or the restore's check) describes the copy itself.</summary>
public static class BackupCopy
{
    public static async Task<BackupFile> FileAsync(string source, string target, string pathInBackup, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long bytes = 0;
        await using (var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, buffer.Length, useAsync: true))
        await using (var to = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, buffer.Length, useAsync: true))
        {
            int read;
            while ((read = await from.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await to.WriteAsync(buffer.AsMemory(0, read), ct);
                bytes += read;
            }
            await to.FlushAsync(ct);
            to.Flush(flushToDisk: true);
        }
        return new BackupFile(pathInBackup, bytes, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    /// <summary>A path inside a backup or data folder, with '/' whatever the platform.</summary>
    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
