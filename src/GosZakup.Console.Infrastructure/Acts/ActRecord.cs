using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Signatures;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Infrastructure.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Acts;

/// <summary>An Act on a failure that left a supplier unable to submit a price offer (R2 §17, form F2).</summary>
public sealed class ActRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>"2026-001": one series per year, gap-free, given when the draft is created.</summary>
    public string Number { get; set; } = "";
    public int Year { get; set; }
    public int Sequence { get; set; }
    public Guid IncidentId { get; set; }
    public ActState State { get; set; } = ActState.Draft;

    /// <summary>The Act's date (Astana calendar day), set when signed; the draft shows the day it would be signed.</summary>
    public DateTime? ActDateUtc { get; set; }
    public DateTime FailureFromUtc { get; set; }
    public DateTime FailureToUtc { get; set; }
    public string SystemModule { get; set; } = "";
    public string ProcurementNumbers { get; set; } = "";
    public string LotNumbers { get; set; } = "";
    public bool IsOperatorRelated { get; set; }
    public Severity Severity { get; set; }
    public string CauseKk { get; set; } = "";
    public string CauseRu { get; set; } = "";
    public List<ActSupplierRecord> Suppliers { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTime? SubmittedAtUtc { get; set; }
    public string? SubmittedByName { get; set; }
    public string? ReturnComment { get; set; }

    /// <summary>R2 §17: who signed, with which certificate, and the signed PDF's SHA-256; null until signed.</summary>
    public PdfSignature? Signature { get; private set; }

    /// <summary>The longest signer's position the Act keeps; the PDF prints a longer configured title whole.</summary>
    public const int SignerPositionLength = 256;

    /// <summary>The Act this one corrects (a signed Act is never changed).</summary>
    public Guid? ReplacesActId { get; set; }

    /// <summary>When the §17 announcement with the link to the signed Act was published.</summary>
    public DateTime? PublishedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    // The moves below apply what ActLifecycle has allowed; a move its table does not have from this state throws (a bug).

    /// <summary>R2 §17: the Operator hands the Act to a Supervisor.</summary>
    public void Submit(DateTime atUtc, string by)
    {
        State = ActLifecycle.After(State, ActAction.Submit);
        (SubmittedAtUtc, SubmittedByName) = (atUtc, by);
    }

    /// <summary>A Supervisor sends the Act back with comments for the Operator.</summary>
    public void Return(string comment)
    {
        State = ActLifecycle.After(State, ActAction.Return);
        ReturnComment = comment;
    }

    /// <summary>R2 §17, form F2: signed for the head of the single operator; the Act is dated the day it is signed, and the
    /// signed PDF's hash fixes it from then on.</summary>
    public void Sign(PdfSignature signature)
    {
        State = ActLifecycle.After(State, ActAction.Sign);
        (ActDateUtc, Signature) = (signature.SignedAtUtc, signature);
    }

    /// <summary>R2 §17: posted on the main page, once.</summary>
    public void Publish(DateTime atUtc)
    {
        State = ActLifecycle.After(State, ActAction.Publish);
        if (PublishedAtUtc is not null) throw new InvalidOperationException($"Act {Number} is already published.");
        PublishedAtUtc = atUtc;
    }
}

/// <summary>A potential supplier who could not submit a price offer, as the Act names them.</summary>
public sealed class ActSupplierRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ActId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>BIN or IIN, 12 digits.</summary>
    public string TaxpayerNumber { get; set; } = "";
    public string ProcurementNumber { get; set; } = "";
    public string? LotNumber { get; set; }

    /// <summary>The application security to return (R2 §18-§20), when known.</summary>
    public decimal? SecurityAmount { get; set; }
}

/// <summary>The signed PDF of an Act, kept apart so that lists of Acts never load it. Never changed: its SHA-256 is on the Act.</summary>
public sealed class ActFileRecord
{
    public Guid ActId { get; set; }
    public byte[] SignedPdf { get; set; } = [];
}

/// <summary>The last Act number given in a year (gap-free, like the incidents' series).</summary>
public sealed class ActCounter : Persistence.IYearlyCounter
{
    public int Year { get; set; }
    public int Last { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class ActConfiguration : IEntityTypeConfiguration<ActRecord>
{
    public void Configure(EntityTypeBuilder<ActRecord> act)
    {
        act.ToTable("Acts");
        act.Property(a => a.Number).HasMaxLength(20);
        act.HasIndex(a => a.Number).IsUnique();
        act.HasIndex(a => new { a.Year, a.Sequence }).IsUnique();
        act.HasIndex(a => a.IncidentId);
        act.HasOne<IncidentRecord>().WithMany().HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Restrict);
        act.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        act.Property(a => a.SystemModule).HasMaxLength(100);
        act.Property(a => a.ProcurementNumbers).HasMaxLength(1000);
        act.Property(a => a.LotNumbers).HasMaxLength(1000);
        act.Property(a => a.Severity).HasConversion<string>().HasMaxLength(10);
        act.Property(a => a.CauseKk).HasMaxLength(2000);
        act.Property(a => a.CauseRu).HasMaxLength(2000);
        act.Property(a => a.CreatedByName).HasMaxLength(256);
        act.Property(a => a.SubmittedByName).HasMaxLength(256);
        act.Property(a => a.ReturnComment).HasMaxLength(2000);
        act.HasSignature(a => a.Signature, positionLength: ActRecord.SignerPositionLength, serialLength: 100);
        act.Property(a => a.Version).IsConcurrencyToken();
        act.HasMany(a => a.Suppliers).WithOne().HasForeignKey(s => s.ActId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActSupplierConfiguration : IEntityTypeConfiguration<ActSupplierRecord>
{
    public void Configure(EntityTypeBuilder<ActSupplierRecord> supplier)
    {
        supplier.ToTable("ActSuppliers");
        supplier.Property(s => s.Name).HasMaxLength(500);
        supplier.Property(s => s.TaxpayerNumber).HasMaxLength(12);
        supplier.Property(s => s.ProcurementNumber).HasMaxLength(40);
        supplier.Property(s => s.LotNumber).HasMaxLength(60);
        supplier.Property(s => s.SecurityAmount).HasPrecision(18, 2);
    }
}

internal sealed class ActFileConfiguration : IEntityTypeConfiguration<ActFileRecord>
{
    public void Configure(EntityTypeBuilder<ActFileRecord> file)
    {
        file.ToTable("ActFiles");
        file.HasKey(f => f.ActId);
        file.HasOne<ActRecord>().WithOne().HasForeignKey<ActFileRecord>(f => f.ActId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActCounterConfiguration : IEntityTypeConfiguration<ActCounter>
{
    public void Configure(EntityTypeBuilder<ActCounter> counter)
    {
        counter.ToTable("ActCounters");
        counter.HasKey(c => c.Year);
        counter.Property(c => c.Year).ValueGeneratedNever();
        counter.Property(c => c.Version).IsConcurrencyToken();
    }
}
