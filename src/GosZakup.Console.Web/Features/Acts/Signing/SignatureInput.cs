using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Localization;

namespace GosZakup.Console.Web.Features.Acts.Signing;

/// <summary>What a person gives to sign a document (an Act, the quarterly report) and the checks it passes before
/// anything is rendered: the file, the password, the position, and a usable certificate that is the signer's own.</summary>
public static class SignatureInput
{
    public const int MaxCertificateBytes = 64 * 1024;

    /// <param name="withPosition">Whether the document prints the position the signer typed.</param>
    public static Dictionary<string, ResourceText> Errors(ActSignature signature, bool withPosition = true)
    {
        var errors = new Dictionary<string, ResourceText>();
        if (signature.Pkcs12.Length == 0) errors[nameof(ActSignature.Pkcs12)] = new("Acts.Sign.Error.NoFile");
        else if (signature.Pkcs12.Length > MaxCertificateBytes) errors[nameof(ActSignature.Pkcs12)] = new("Acts.Sign.Error.Unreadable");
        if (string.IsNullOrEmpty(signature.Password)) errors[nameof(ActSignature.Password)] = new("Acts.Sign.Error.NoPassword");
        if (!withPosition) return errors;
        TextFieldRules.Check(errors, nameof(ActSignature.PositionKk), signature.PositionKk, 200, required: true, "Acts.Error.Required");
        TextFieldRules.Check(errors, nameof(ActSignature.PositionRu), signature.PositionRu, 200, required: true, "Acts.Error.Required");
        return errors;
    }

    /// <summary>Opens the certificate; the error (for the file field) says why it cannot sign, e.g. expired or another person's.</summary>
    public static (X509Certificate2? Certificate, ResourceText? Error) Open(SignatureTrust trust, ActSignature signature, ClaimsPrincipal user)
    {
        var opened = trust.Checker().Open(signature.Pkcs12, signature.Password);
        if (!opened.IsUsable) return (null, new($"Acts.Sign.Error.{opened.Code}"));
        var certificate = opened.Certificate!;
        var email = certificate.GetNameInfo(X509NameType.EmailName, forIssuer: false);
        if (email is { Length: > 0 } && !string.Equals(email, user.Identity?.Name, StringComparison.OrdinalIgnoreCase))
        {
            certificate.Dispose();
            return (null, new("Acts.Sign.Error.NotYours", email));
        }
        return (certificate, null);
    }

    public static IReadOnlyDictionary<string, ResourceText> FileError(ResourceText error) =>
        new Dictionary<string, ResourceText> { [nameof(ActSignature.Pkcs12)] = error };
}
