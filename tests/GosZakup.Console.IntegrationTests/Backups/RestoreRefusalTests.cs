using GosZakup.Console.Web.Features.Backups;

namespace GosZakup.Console.IntegrationTests.Backups;

/// <summary>The restore command refuses, before writing anything, a backup that is incomplete or was altered, and a data
/// folder that already holds something; each refusal says why in plain words.</summary>
public class RestoreRefusalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Exit, string Output)> RestoreAsync(string from, string data)
    {
        var output = new StringWriter();
        var exit = await RestoreCommand.RunAsync(["restore", "--from", from, "--data", data], output, Ct);
        return (exit, output.ToString());
    }

    private static string FreshTarget() => Path.Combine(Path.GetTempPath(), "goszakup-restore-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(BackupManifest.DatabaseFile)]
    [InlineData(BackedUpFolder.AttachmentPath)]
    public async Task A_backup_with_an_altered_file_is_refused_naming_the_file_and_nothing_is_written(string altered)
    {
        await using var live = await BackedUpFolder.CreateAsync();
        var backup = await live.Job().RunAsync(Ct);
        var path = Path.Combine(backup.Path, altered);
        var bytes = await File.ReadAllBytesAsync(path, Ct);
        bytes[^1] ^= 0xFF; // same size, one bit pattern changed
        await File.WriteAllBytesAsync(path, bytes, Ct);
        var target = FreshTarget();

        var (exit, output) = await RestoreAsync(backup.Path, target);

        Assert.Equal(RestoreCommand.Refused, exit);
        Assert.Contains($"{altered}: SHA-256", output);
        Assert.Contains("damaged or was altered", output);
        Assert.Contains("Nothing was written", output);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task A_backup_missing_a_file_is_refused()
    {
        await using var live = await BackedUpFolder.CreateAsync();
        var backup = await live.Job().RunAsync(Ct);
        File.Delete(Path.Combine(backup.Path, BackedUpFolder.AttachmentPath));

        var (exit, output) = await RestoreAsync(backup.Path, FreshTarget());

        Assert.Equal(RestoreCommand.Refused, exit);
        Assert.Contains($"{BackedUpFolder.AttachmentPath}: missing", output);
    }

    [Fact]
    public async Task A_folder_without_a_manifest_is_not_taken_for_a_backup()
    {
        await using var live = await BackedUpFolder.CreateAsync();

        var (exit, output) = await RestoreAsync(live.Folder, FreshTarget());

        Assert.Equal(RestoreCommand.Refused, exit);
        Assert.Contains("is not a complete backup", output);
    }

    [Fact]
    public async Task A_data_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        await using var live = await BackedUpFolder.CreateAsync();
        var backup = await live.Job().RunAsync(Ct);
        var target = Directory.CreateTempSubdirectory("goszakup-restore-").FullName;
        var existing = Path.Combine(target, "console.db");
        await File.WriteAllTextAsync(existing, "the operator's current data", Ct);

        var (exit, output) = await RestoreAsync(backup.Path, target);

        Assert.Equal(RestoreCommand.Refused, exit);
        Assert.Contains("is not empty", output);
        Assert.Equal(["console.db"], new DirectoryInfo(target).EnumerateFileSystemInfos().Select(e => e.Name));
        Assert.Equal("the operator's current data", await File.ReadAllTextAsync(existing, Ct));
        Directory.Delete(target, recursive: true);
    }

    [Fact]
    public async Task A_whole_backup_restores_the_database_and_attachments_and_reports_the_chain()
    {
        await using var live = await BackedUpFolder.CreateAsync();
        var backup = await live.Job().RunAsync(Ct);
        var target = FreshTarget();

        var (exit, output) = await RestoreAsync(backup.Path, target);

        try
        {
            Assert.True(exit == RestoreCommand.Restored, output);
            Assert.Contains("Audit chain intact: 2 rows verified", output);
            Assert.Equal([1, 2, 3, 4], await File.ReadAllBytesAsync(Path.Combine(target, BackedUpFolder.AttachmentPath), Ct));
            Assert.False(File.Exists(Path.Combine(target, "attachments", "incoming", "half-uploaded")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(target, recursive: true);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("--from x")]
    [InlineData("--from x --to y")]
    public async Task Wrong_arguments_print_the_usage(string arguments)
    {
        var output = new StringWriter();

        var exit = await RestoreCommand.RunAsync(["restore", .. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)], output, Ct);

        Assert.Equal(RestoreCommand.Usage, exit);
        Assert.StartsWith("Usage:", output.ToString());
    }
}
