using System.Diagnostics;

namespace GosZakup.Console.IntegrationTests.Documents;

/// <summary>Debian's command-line tools that read a PDF or a picture independently of PDFsharp: pdftoppm
/// (poppler-utils) and zbarimg (zbar-tools). Locally a missing tool skips the test; in CI it is a failure.</summary>
internal static class PdfTools
{
    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where rendered pages are kept for a person to look at: bin/…/TestResults/forms.</summary>
    public static string ArtefactFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "forms")).FullName;

    /// <summary>Page 1 as <c>ArtefactFolder/name.png</c>; returns the file.</summary>
    public static async Task<string> RenderFirstPageAsync(byte[] pdf, string name, CancellationToken ct, int dpi = 110)
    {
        Require("pdftoppm", "poppler-utils");
        var source = Path.Combine(ArtefactFolder, name + ".pdf");
        await File.WriteAllBytesAsync(source, pdf, ct);
        var prefix = Path.Combine(ArtefactFolder, name);
        await RunAsync("pdftoppm", ["-png", "-r", $"{dpi}", "-f", "1", "-l", "1", "-singlefile", source, prefix], ct);
        return prefix + ".png";
    }

    /// <summary>The texts of the barcodes zbarimg finds in a picture, one per line.</summary>
    public static async Task<IReadOnlyList<string>> DecodeBarcodesAsync(string png, CancellationToken ct)
    {
        Require("zbarimg", "zbar-tools");
        var output = await RunAsync("zbarimg", ["--quiet", "--raw", png], ct);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static void Require(string tool, string package)
    {
        if (Find(tool) is not null) return;
        if (InCi) throw new InvalidOperationException($"{tool} is missing; the CI image must have it (apt-get install -y {package}).");
        Assert.Skip($"{tool} is not installed; install it with: apt-get install -y {package}");
    }

    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);

    private static async Task<string> RunAsync(string tool, IEnumerable<string> args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Find(tool)!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
