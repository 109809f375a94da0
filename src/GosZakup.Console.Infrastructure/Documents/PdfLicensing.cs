using PdfSharp;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>PDFsharp 6.5 refuses to create a document until a licence is declared. The console is
/// AGPL-3.0-only, so that is the default; an operator who holds a commercial PDFsharp licence points
/// <c>Pdf:LicenseFile</c> at it instead.</summary>
public static class PdfLicensing
{
    public static void Declare(string? commercialLicenseFile)
    {
        if (string.IsNullOrWhiteSpace(commercialLicenseFile))
        {
            PdfSharpLicense.SetAgplLicense();
            return;
        }
        if (!File.Exists(commercialLicenseFile))
            throw new InvalidOperationException($"Pdf:LicenseFile points at {commercialLicenseFile}, which does not exist.");
        PdfSharpLicense.LoadLicense(File.ReadAllText(commercialLicenseFile).Trim());
    }
}
