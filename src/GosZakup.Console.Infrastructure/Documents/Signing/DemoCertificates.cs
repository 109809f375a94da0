namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>Where the demo CA's files are: its certificate as DER (.cer) and PEM, and the people's PKCS#12 files.</summary>
public sealed record DemoCertificates(string Folder, string RootCerPath, string RootPemPath, IReadOnlyList<DemoCertificate> People);
