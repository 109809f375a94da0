using System.Security.Cryptography.X509Certificates;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>NCA certificates carry the holder's IIN in the subject as <c>SERIALNUMBER=IIN123456789012</c>.</summary>
public static class SubjectIin
{
    private const string SerialNumberOid = "2.5.4.5";

    public static string? Of(X500DistinguishedName subject)
    {
        foreach (var name in subject.EnumerateRelativeDistinguishedNames())
        {
            if (name.HasMultipleElements || name.GetSingleElementType().Value != SerialNumberOid)
                continue;
            var value = name.GetSingleElementValue() ?? "";
            if (value.StartsWith("IIN", StringComparison.OrdinalIgnoreCase) && value.Length == 15 && value[3..].All(char.IsAsciiDigit))
                return value[3..];
        }
        return null;
    }
}
