namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>Someone the demo certification authority issues a signing certificate to.</summary>
/// <param name="Iin">The 12-digit individual identification number, written into SERIALNUMBER as <c>IIN…</c>.</param>
public sealed record DemoPerson(string FullName, string Email, string Iin);
