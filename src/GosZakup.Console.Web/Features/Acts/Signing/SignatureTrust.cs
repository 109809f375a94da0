using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Infrastructure.Documents.Signing;

namespace GosZakup.Console.Web.Features.Acts.Signing;

/// <summary>Which certificates the console trusts (the configured roots, and in Development the demo CA's) and which
/// it refuses (<c>Signing:Revoked</c>); gives the checker used when signing and the verifier used on every Act.</summary>
public sealed class SignatureTrust(SigningOptions options, string demoFolder, TimeProvider clock)
{
    private readonly Lock gate = new();
    private IReadOnlyList<X509Certificate2>? roots;

    /// <summary>Where the demo CA keeps its files (the data folder's <c>certificates</c>).</summary>
    public string DemoFolder { get; } = demoFolder;

    public bool DemoAuthority => options.DemoAuthority;

    public SigningCertificate Checker() => new(clock, options.Revoked);

    public PdfSignatureVerifier Verifier() => new(Roots(), clock);

    /// <summary>A certificate on the revocation list still verifies mathematically; the page says it is revoked.</summary>
    public bool IsRevoked(string serial, string thumbprint) =>
        Checker() is var checker && (checker.IsListed(serial) || checker.IsListed(thumbprint));

    /// <summary>Loaded once; <see cref="Forget"/> after the demo CA is (re)created.</summary>
    public IReadOnlyList<X509Certificate2> Roots()
    {
        lock (gate)
            return roots ??= Load();
    }

    public void Forget()
    {
        lock (gate)
            roots = null;
    }

    private List<X509Certificate2> Load()
    {
        var files = options.TrustedRoots.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        var demoRoot = new DemoCertificateAuthority(DemoFolder, clock).RootCerPath;
        if (options.DemoAuthority && File.Exists(demoRoot)) files.Add(demoRoot);
        return [.. files.Select(X509CertificateLoader.LoadCertificateFromFile)];
    }
}
