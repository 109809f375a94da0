using System.Diagnostics;

namespace GosZakup.Console.IntegrationTests.Documents.Signing;

/// <summary>Debian's <c>pdfsig</c> (poppler-utils), an independent check of our signatures. Locally a missing pdfsig
/// skips the test; in CI it is a failure, never a skip.</summary>
internal static class Pdfsig
{
    public const string Path = "/usr/bin/pdfsig";

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>pdfsig's report on the PDF (standard output and error together).</summary>
    public static async Task<string> ReportAsync(byte[] pdf, CancellationToken ct)
    {
        if (!File.Exists(Path))
        {
            if (InCi) throw new InvalidOperationException("pdfsig is missing; the CI image must have it (apt-get install -y poppler-utils).");
            Assert.Skip("pdfsig is not installed; install it with: apt-get install -y poppler-utils");
        }
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"goszakup-pdfsig-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf, ct);
        try
        {
            var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(file);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdfsig did not start.");
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            return await output + await error;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
