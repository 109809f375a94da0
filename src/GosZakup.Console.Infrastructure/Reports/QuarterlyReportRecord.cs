using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Domain.Signatures;
using GosZakup.Console.Infrastructure.Documents.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Reports;

/// <summary>One build of a quarter's report to the Working Group (R2 §27): a background job fills it in steps, the
/// content is kept as built (so the signed PDF says exactly what was reviewed), and the operator's head signs it.
/// A quarter may be built again; each build is its own record.</summary>
public sealed class QuarterlyReportRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Year { get; set; }
    public int Quarter { get; set; }
    public QuarterlyReportState State { get; set; } = QuarterlyReportState.Queued;

    /// <summary>0-100, shown while the job runs.</summary>
    public int Progress { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public string RequestedByName { get; set; } = "";
    public DateTime? BuiltAtUtc { get; set; }
    public string? Error { get; set; }

    /// <summary>The report's content as built (JSON of <c>QuarterlyReportDocument</c>), rendered again with the signer's name at signing.</summary>
    public string? ContentJson { get; set; }

    /// <summary>R2 §27: who signed, in which position, with which certificate, and the signed PDF's SHA-256; null until signed.</summary>
    public PdfSignature? Signature { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    // The moves below apply what QuarterlyReportLifecycle allows; a move its table does not have from this state throws (a bug).

    /// <summary>The job wrote the content as built: the report is ready to review and sign.</summary>
    public void Built(DateTime builtAtUtc, string contentJson)
    {
        State = QuarterlyReportLifecycle.After(State, QuarterlyReportAction.Finish);
        (Progress, BuiltAtUtc, ContentJson, Version) = (100, builtAtUtc, contentJson, Guid.NewGuid());
    }

    /// <summary>R2 §27: signed by the operator's management with the signed PDF's hash.</summary>
    public void Sign(PdfSignature signature)
    {
        State = QuarterlyReportLifecycle.After(State, QuarterlyReportAction.Sign);
        (Signature, Version) = (signature, Guid.NewGuid());
    }
}

/// <summary>A file of a report build, kept apart so lists never load the bytes.</summary>
public sealed class QuarterlyReportFileRecord
{
    public const string Pdf = "pdf", Xlsx = "xlsx", SignedPdf = "signed-pdf";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public string Kind { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

internal sealed class QuarterlyReportConfiguration : IEntityTypeConfiguration<QuarterlyReportRecord>
{
    public void Configure(EntityTypeBuilder<QuarterlyReportRecord> report)
    {
        report.ToTable("QuarterlyReports");
        report.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        report.Property(r => r.RequestedByName).HasMaxLength(256);
        report.Property(r => r.Error).HasMaxLength(2000);
        report.HasSignature(r => r.Signature, positionLength: 500, serialLength: 128);
        report.Property(r => r.Version).IsConcurrencyToken();
        report.HasIndex(r => new { r.Year, r.Quarter, r.RequestedAtUtc });
    }
}

internal sealed class QuarterlyReportFileConfiguration : IEntityTypeConfiguration<QuarterlyReportFileRecord>
{
    public void Configure(EntityTypeBuilder<QuarterlyReportFileRecord> file)
    {
        file.ToTable("QuarterlyReportFiles");
        file.Property(f => f.Kind).HasMaxLength(16);
        file.HasOne<QuarterlyReportRecord>().WithMany().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        file.HasIndex(f => new { f.ReportId, f.Kind }).IsUnique();
    }
}
