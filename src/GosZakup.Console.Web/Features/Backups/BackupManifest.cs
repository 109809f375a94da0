using System.Security.Cryptography;
using System.Text.Json;

namespace GosZakup.Console.Web.Features.Backups;

/// <summary>One file of a backup: its path inside the backup folder (with '/'), its size and SHA-256.</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);

/// <summary><c>manifest.json</c>, written last into a backup: when it was made (UTC), by which build, at which migration,
/// and every file with its size and SHA-256, so a restore can prove the copy is whole and unaltered.</summary>
public sealed record BackupManifest(int Format, DateTime MadeAtUtc, string AppVersion, string Migration, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";
    public const string DatabaseFile = "console.db";
    public const string AttachmentsFolder = "attachments";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public long TotalBytes => Files.Sum(f => f.Bytes);

    public async Task WriteAsync(string folder, CancellationToken ct)
    {
        await using var stream = File.Create(System.IO.Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, ct);
    }

    /// <summary>The manifest of a backup folder; null when there is none or it cannot be read (an incomplete backup).</summary>
    public static BackupManifest? TryRead(string folder)
    {
        var path = System.IO.Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<BackupManifest>(stream, Json) is { Format: CurrentFormat, Files: not null } manifest ? manifest : null;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Every file the manifest names, checked against the folder: what is missing, of another size, or hashes
    /// differently. Empty when the backup is whole.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(string folder, CancellationToken ct)
    {
        var problems = new List<string>();
        if (Files.All(f => f.Path != DatabaseFile)) problems.Add($"the manifest lists no {DatabaseFile}");
        foreach (var file in Files)
        {
            var path = PathIn(folder, file);
            if (path is null) { problems.Add($"{file.Path}: not a path inside the backup"); continue; }
            if (!File.Exists(path)) { problems.Add($"{file.Path}: missing"); continue; }
            var (bytes, sha256) = await HashAsync(path, ct);
            if (bytes != file.Bytes) problems.Add($"{file.Path}: {bytes} bytes, the manifest says {file.Bytes}");
            else if (sha256 != file.Sha256) problems.Add($"{file.Path}: SHA-256 {sha256} differs from the manifest's {file.Sha256}");
        }
        return problems;
    }

    /// <summary>The file's full path, or null when the manifest's path would lead outside the folder.</summary>
    public static string? PathIn(string folder, BackupFile file)
    {
        var root = System.IO.Path.GetFullPath(folder);
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, file.Path));
        return full.StartsWith(root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public static async Task<(long Bytes, string Sha256)> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return (stream.Length, Convert.ToHexStringLower(hash));
    }
}
