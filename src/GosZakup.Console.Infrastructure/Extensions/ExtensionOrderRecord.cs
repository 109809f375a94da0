using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Procurements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Extensions;

/// <summary>A stored <see cref="ExtensionOrder"/>: one deadline of one procurement (or lot) moved from <see cref="OldUtc"/> to
/// <see cref="NewUtc"/> under <see cref="Clause"/>, because of an incident or a works window. Its state is the job's memory:
/// a rerun applies only what is still proposed and approved, so nothing is extended twice.</summary>
public sealed class ExtensionOrderRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProcurementId { get; set; }
    public string ProcurementNumber { get; set; } = "";
    public Guid? LotId { get; set; }
    public string? LotNumber { get; set; }
    public DeadlineKind Kind { get; set; }
    public DateTime OldUtc { get; set; }
    public DateTime NewUtc { get; set; }
    public string Clause { get; set; } = "";
    public ExtensionSourceKind SourceKind { get; set; }

    /// <summary>The incident's number, or the works window's code.</summary>
    public string SourceId { get; set; } = "";
    public ExtensionOrderState State { get; set; } = ExtensionOrderState.Proposed;
    public bool CancelsAutoProtocol { get; set; }
    public bool Provisional { get; set; }

    /// <summary>A person replaced the computed deadline (override) or recorded the Owner's agreement.</summary>
    public ApprovalKind? OverrideKind { get; set; }
    public string? OverrideByName { get; set; }
    public string? OverrideReason { get; set; }

    public DateTime ComputedAtUtc { get; set; }

    /// <summary>The go-ahead to apply (a Supervisor, or the system when automatic application is configured).</summary>
    public DateTime? ApprovedAtUtc { get; set; }
    public string? ApprovedByName { get; set; }
    public DateTime? AppliedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }

    /// <summary>Set when applied: the applied time and the id, sortable as text, so that the portal can read the orders
    /// page by page with <c>?since=</c> even when thousands were applied at the same instant.</summary>
    public string? Cursor { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public ExtensionSource Source => new(SourceKind, SourceId);

    public static string CursorOf(DateTime appliedAtUtc, Guid id) => $"{appliedAtUtc:yyyyMMdd'T'HHmmss.fffffff}-{id:N}";

    public ExtensionOrder ToDomain() => new(ProcurementNumber, LotNumber, Kind, NodaTime.Instant.FromDateTimeUtc(OldUtc),
        NodaTime.Instant.FromDateTimeUtc(NewUtc), Clause, Source, State, CancelsAutoProtocol, Provisional,
        OverrideKind is { } kind ? new Approval(kind, OverrideByName ?? "", OverrideReason ?? "") : null);
}

internal sealed class ExtensionOrderConfiguration : IEntityTypeConfiguration<ExtensionOrderRecord>
{
    public void Configure(EntityTypeBuilder<ExtensionOrderRecord> order)
    {
        order.ToTable("ExtensionOrders");
        order.Ignore(o => o.Source);
        order.Property(o => o.ProcurementNumber).HasMaxLength(40);
        order.Property(o => o.LotNumber).HasMaxLength(60);
        order.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        order.Property(o => o.Clause).HasMaxLength(40);
        order.Property(o => o.SourceKind).HasConversion<string>().HasMaxLength(30);
        order.Property(o => o.SourceId).HasMaxLength(60);
        order.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.OverrideKind).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.OverrideByName).HasMaxLength(256);
        order.Property(o => o.OverrideReason).HasMaxLength(1000);
        order.Property(o => o.ApprovedByName).HasMaxLength(256);
        order.Property(o => o.Cursor).HasMaxLength(60);
        order.Property(o => o.Version).IsConcurrencyToken();
        order.HasIndex(o => new { o.SourceKind, o.SourceId, o.State });
        order.HasIndex(o => new { o.ProcurementId, o.Kind });
        order.HasIndex(o => o.State);
        order.HasIndex(o => o.Cursor);
        order.HasOne<ProcurementRecord>().WithMany().HasForeignKey(o => o.ProcurementId).OnDelete(DeleteBehavior.Cascade);
    }
}
