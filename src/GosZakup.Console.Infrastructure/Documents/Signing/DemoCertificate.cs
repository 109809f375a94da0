namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>A PKCS#12 file issued by the demo certification authority and the password that opens it.</summary>
public sealed record DemoCertificate(string FullName, string Email, string Pkcs12Path, string Password, string SerialNumber, string Thumbprint);
