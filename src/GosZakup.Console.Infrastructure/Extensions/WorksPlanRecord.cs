using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Extensions;

/// <summary>The annual plan of technical and preventive works (R2 §23): approved in the first ten days of January and
/// published with the announcements. Its windows move the deadlines inside them (R2 §24) once the plan is approved.</summary>
public sealed class WorksPlanRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Year { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }
    public string? ApprovedByName { get; set; }
    public List<WorksWindowRecord> Windows { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One window of the plan: the System, or the listed modules, are down from start to end.</summary>
public sealed class WorksWindowRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }

    /// <summary>The window's code within the year, e.g. "2027-03": the source of its extension orders.</summary>
    public string Code { get; set; } = "";
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }

    /// <summary>When the works actually ended, if later or earlier than planned: deadlines move by the time they took.</summary>
    public DateTime? ActualEndUtc { get; set; }

    /// <summary>The modules stopped, separated by "; ", or empty for the whole System.</summary>
    public string Modules { get; set; } = "";
    public string DescriptionKk { get; set; } = "";
    public string DescriptionRu { get; set; } = "";

    /// <summary>Set when the window's extensions must be (re)computed: on approval and on a change of an approved plan.</summary>
    public DateTime? ExtensionsDueAtUtc { get; set; }

    /// <summary>When the works-notice (2 calendar days ahead, R2 §24) was queued to the users.</summary>
    public DateTime? NoticeQueuedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public IReadOnlyList<string> ModuleList => Modules.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class WorksPlanConfiguration : IEntityTypeConfiguration<WorksPlanRecord>
{
    public void Configure(EntityTypeBuilder<WorksPlanRecord> plan)
    {
        plan.ToTable("WorksPlans");
        plan.HasIndex(p => p.Year).IsUnique();
        plan.Property(p => p.ApprovedByName).HasMaxLength(256);
        plan.Property(p => p.Version).IsConcurrencyToken();
        plan.HasMany(p => p.Windows).WithOne().HasForeignKey(w => w.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorksWindowConfiguration : IEntityTypeConfiguration<WorksWindowRecord>
{
    public void Configure(EntityTypeBuilder<WorksWindowRecord> window)
    {
        window.ToTable("WorksWindows");
        window.Ignore(w => w.ModuleList);
        window.Property(w => w.Code).HasMaxLength(20);
        window.HasIndex(w => w.Code).IsUnique();
        window.Property(w => w.Modules).HasMaxLength(1000);
        window.Property(w => w.DescriptionKk).HasMaxLength(2000);
        window.Property(w => w.DescriptionRu).HasMaxLength(2000);
        window.Property(w => w.Version).IsConcurrencyToken();
        window.HasIndex(w => w.StartUtc);
    }
}
