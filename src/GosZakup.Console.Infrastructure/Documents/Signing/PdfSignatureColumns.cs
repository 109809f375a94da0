using System.Linq.Expressions;
using GosZakup.Console.Domain.Signatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Documents.Signing;

/// <summary>Maps a record's <see cref="PdfSignature"/> onto the columns signed records have always had (an optional complex
/// property: all six null until signed). Lengths differ per table, so each owner gives its own.</summary>
internal static class PdfSignatureColumns
{
    public static void HasSignature<TRecord>(this EntityTypeBuilder<TRecord> record, Expression<Func<TRecord, PdfSignature?>> signature,
        int positionLength, int serialLength) where TRecord : class =>
        record.ComplexProperty(signature, s =>
        {
            s.Property(p => p.SignedAtUtc).HasColumnName("SignedAtUtc");
            s.Property(p => p.SignerName).HasColumnName("SignedByName").HasMaxLength(256);
            s.Property(p => p.SignerPosition).HasColumnName("SignerPosition").HasMaxLength(positionLength);
            s.Property(p => p.CertificateSubject).HasColumnName("CertificateSubject").HasMaxLength(1000);
            s.Property(p => p.CertificateSerial).HasColumnName("CertificateSerial").HasMaxLength(serialLength);
            s.Property(p => p.Sha256).HasColumnName("SignedPdfSha256").HasMaxLength(64);
        });
}
