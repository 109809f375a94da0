using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Incidents;

/// <summary>A registered failure with its unique number (R2 §8); later features add its analysis,
/// classification, severity and fix.</summary>
public sealed class IncidentRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Number { get; set; } = "";
    public int Year { get; set; }
    public int Sequence { get; set; }
    public DateTime RegisteredAtUtc { get; set; }
    public string RegisteredByName { get; set; } = "";
    public string Status { get; set; } = "Registered";
    public List<AppealRecord> Appeals { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>The last number given in a year's series. Each registration moves it by one under an
/// optimistic lock, so concurrent registrations get distinct numbers with no gap.</summary>
public sealed class IncidentCounter
{
    public int Year { get; set; }
    public int Last { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> incident)
    {
        incident.ToTable("Incidents");
        incident.Property(i => i.Number).HasMaxLength(20);
        incident.HasIndex(i => i.Number).IsUnique();
        incident.HasIndex(i => new { i.Year, i.Sequence }).IsUnique();
        incident.Property(i => i.RegisteredByName).HasMaxLength(256);
        incident.Property(i => i.Status).HasMaxLength(30);
        incident.Property(i => i.Version).IsConcurrencyToken();
    }
}

internal sealed class IncidentCounterConfiguration : IEntityTypeConfiguration<IncidentCounter>
{
    public void Configure(EntityTypeBuilder<IncidentCounter> counter)
    {
        counter.ToTable("IncidentCounters");
        counter.HasKey(c => c.Year);
        counter.Property(c => c.Year).ValueGeneratedNever();
        counter.Property(c => c.Version).IsConcurrencyToken();
    }
}
