using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GosZakup.Console.Infrastructure.Persistence;

/// <summary>A tracked record's values column by column, a complex property's members included (a signed record's
/// <c>PdfSignature</c>), each named as the record's own properties are: a member by its column, so the audit log reads
/// "SignedPdfSha256" as it did when the record had that property itself.</summary>
internal static class EntryColumns
{
    public static IEnumerable<(string Name, PropertyEntry Value)> Of(EntityEntry entry) =>
        entry.Properties.Select(p => (p.Metadata.Name, p)).Concat(entry.ComplexProperties.SelectMany(Members));

    private static IEnumerable<(string Name, PropertyEntry Value)> Members(ComplexPropertyEntry complex) =>
        complex.Properties.Select(p => (p.Metadata.GetColumnName(), p)).Concat(complex.ComplexProperties.SelectMany(Members));
}
