using GosZakup.Console.Domain.Signatures;

namespace GosZakup.Console.Domain.Tests.Signatures;

public class PdfSignatureTests
{
    private static readonly DateTime At = new(2026, 11, 20, 9, 15, 0, DateTimeKind.Utc);
    private static readonly string Hash = PdfSignature.Sha256Of("signed PDF"u8);

    private static PdfSignature Signed(string signer = "Гүлнар Әбенова", string subject = "CN=Гүлнар Әбенова", string serial = "4f1c2a",
        string? sha256 = null, DateTime? at = null, string position = "Төраға / Председатель") =>
        PdfSignature.Of(at ?? At, signer, position, subject, serial, sha256 ?? Hash);

    [Fact]
    public void The_hash_is_the_lower_case_hex_SHA_256_of_the_bytes()
    {
        // sha256("abc"), FIPS 180-2 appendix B.1
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", PdfSignature.Sha256Of("abc"u8));
    }

    [Fact]
    public void A_signature_fixes_exactly_the_bytes_it_was_built_for()
    {
        var signature = Signed();
        Assert.True(signature.Fixes("signed PDF"u8));
        Assert.False(signature.Fixes("signed PDF "u8));
    }

    public static TheoryData<string, Func<PdfSignature>> Incomplete => new()
    {
        { "no signer", () => Signed(signer: " ") },
        { "no certificate subject", () => Signed(subject: "") },
        { "no certificate serial", () => Signed(serial: "") },
        { "no hash", () => Signed(sha256: "") },
        { "a hash in upper case", () => Signed(sha256: Hash.ToUpperInvariant()) },
        { "a hash one digit short", () => Signed(sha256: Hash[..63]) },
        { "a local time", () => Signed(at: DateTime.SpecifyKind(At, DateTimeKind.Local)) },
        { "an unspecified time", () => Signed(at: DateTime.SpecifyKind(At, DateTimeKind.Unspecified)) },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void A_signature_is_not_built_without_what_makes_it_one(string why, Func<PdfSignature> build)
    {
        Assert.Throws<ArgumentException>(build);
        Assert.NotEmpty(why);
    }

    [Fact]
    public void An_empty_position_is_kept_as_given()
    {
        Assert.Equal("", Signed(position: "").SignerPosition);
    }

    [Fact]
    public void Two_signatures_with_the_same_facts_are_equal()
    {
        Assert.Equal(Signed(), Signed());
        Assert.NotEqual(Signed(), Signed(serial: "4f1c2b"));
    }
}
