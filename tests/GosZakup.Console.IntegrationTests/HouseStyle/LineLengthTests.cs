namespace GosZakup.Console.IntegrationTests.HouseStyle;

/// <summary>Issue 19 §5: no line of C# or Razor is longer than <c>max_line_length</c> in <c>.editorconfig</c> (160
/// characters, counted as characters, so a Kazakh or Russian line is not over-counted as bytes). The compiler's style
/// rules do not check the length; this does. Generated migrations are not ours to format.</summary>
public sealed class LineLengthTests
{
    private const int Limit = 160;

    [Fact]
    public void The_editorconfig_sets_the_limit_this_test_checks() =>
        Assert.Contains($"max_line_length = {Limit}", File.ReadAllText(Path.Combine(Repository.Root, ".editorconfig")));

    [Fact]
    public void No_line_of_our_code_is_longer_than_the_limit()
    {
        var sources = new[] { "src", "tests" }.SelectMany(folder =>
                Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Where(path => !IsGeneratedOrBuilt(Path.GetRelativePath(Repository.Root, path)));
        var tooLong = sources.SelectMany(path => File.ReadLines(path).Select((line, i) => (path, number: i + 1, line.Length)))
            .Where(l => l.Length > Limit)
            .Select(l => $"{Path.GetRelativePath(Repository.Root, l.path)}:{l.number} ({l.Length} characters)").ToList();
        Assert.True(tooLong.Count == 0, $"{tooLong.Count} lines over {Limit} characters:\n{string.Join('\n', tooLong.Take(50))}");
    }

    private static bool IsGeneratedOrBuilt(string relative) =>
        relative.Split(Path.DirectorySeparatorChar) is var parts && parts.Any(p => p is "bin" or "obj" or "Migrations" or "TestResults");
}
