using GosZakup.Console.Domain.Incidents;
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
    public IncidentStatus Status { get; set; } = IncidentStatus.Registered;

    /// <summary>The System module that failed (e.g. "Конкурс", "Аукцион"): what §16.2 extends and the Act names.</summary>
    public string? SystemModule { get; set; }

    // Analysis (R2 §9-§11)
    public string? AssignedToId { get; set; }
    public string? AssignedToName { get; set; }
    public DateTime? AssignedAtUtc { get; set; }
    public string? ReproductionSteps { get; set; }
    public string? ReproductionResult { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecidedByName { get; set; }

    // R2 §25: a failure that may be medium or high is alerted to the Owner's information-security unit and the Working
    // Group before it is confirmed; the decision then records which of the group's information-security members took part
    // (SecurityParticipantRecord), or that none did.
    public DateTime? ConfirmationAlertSentAtUtc { get; set; }
    public string? ConfirmationAlertSentByName { get; set; }
    public bool NoSecurityMemberTookPart { get; set; }

    // Classification (R2 §4)
    public bool? IsOperatorRelated { get; set; }
    public string? CauseCode { get; set; }
    public string? ClassificationNote { get; set; }

    // Severity (R2 §12-§13) and the fix (R2 §14-§16)
    public Severity? Severity { get; set; }
    public DateTime? SeveritySetAtUtc { get; set; }
    public DateTime? PlannedFixAtUtc { get; set; }
    public DateTime? FixStartedAtUtc { get; set; }
    public DateTime? FixedAtUtc { get; set; }
    public string? FixMeasures { get; set; }
    public DateTime? ClosedAtUtc { get; set; }

    // A loss of internet access in a region (R2 §16.6): every procurement gains a working day once confirmed.
    public string? RegionalLossRegion { get; set; }
    public DateTime? RegionalLossFromUtc { get; set; }
    public DateTime? RegionalLossToUtc { get; set; }

    /// <summary>The recorded confirmation (a letter, the provider's statement): without it nothing moves.</summary>
    public string? RegionalLossConfirmation { get; set; }
    public string? RegionalLossRecordedByName { get; set; }

    // Force majeure behind the failure (R1 §13-§14, R2 §16.6): dates shift by the period, with the Owner's agreement only.
    public DateTime? ForceMajeureFromUtc { get; set; }
    public DateTime? ForceMajeureToUtc { get; set; }
    public string? ForceMajeureDescription { get; set; }

    /// <summary>Force majeure stopped the whole portal, not only the incident's module.</summary>
    public bool ForceMajeureWholePortal { get; set; }
    public string? OwnerAgreementBy { get; set; }
    public string? OwnerAgreementReference { get; set; }
    public DateTime? OwnerAgreementAtUtc { get; set; }
    public string? ForceMajeureRecordedByName { get; set; }

    // The written report to the Owner and the Working Group after the fix (R2 §15.9, §16.9); the prevention
    // advice also feeds the quarterly report (R2 §27).
    public string? PreventionKk { get; set; }
    public string? PreventionRu { get; set; }
    public DateTime? OwnerReportSentAtUtc { get; set; }
    public string? OwnerReportSentBy { get; set; }

    /// <summary>Set by every event that changes the incident's extensions (decision, level, planned fix, fix) in the same
    /// transaction; cleared by the extension job once it has recomputed them. The sweep finds what a lost job left.</summary>
    public DateTime? ExtensionsDueAtUtc { get; set; }

    public List<AppealRecord> Appeals { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>The last number given in a year's series. Each registration moves it by one (see
/// <see cref="Persistence.YearlyCounters"/>), so concurrent registrations get distinct numbers with no gap.</summary>
public sealed class IncidentCounter : Persistence.IYearlyCounter
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
        incident.Property(i => i.Status).HasConversion<string>().HasMaxLength(30);
        incident.Property(i => i.SystemModule).HasMaxLength(100);
        incident.Property(i => i.AssignedToId).HasMaxLength(450);
        incident.Property(i => i.AssignedToName).HasMaxLength(256);
        incident.Property(i => i.ReproductionSteps).HasMaxLength(AppealRules.MaxDescriptionLength);
        incident.Property(i => i.ReproductionResult).HasMaxLength(AppealRules.MaxDescriptionLength);
        incident.Property(i => i.DecidedByName).HasMaxLength(256);
        incident.Property(i => i.ConfirmationAlertSentByName).HasMaxLength(256);
        incident.Property(i => i.CauseCode).HasMaxLength(40);
        incident.Property(i => i.ClassificationNote).HasMaxLength(2000);
        incident.Property(i => i.Severity).HasConversion<string>().HasMaxLength(10);
        incident.Property(i => i.FixMeasures).HasMaxLength(AppealRules.MaxDescriptionLength);
        incident.HasIndex(i => i.Status);
        incident.Property(i => i.RegionalLossRegion).HasMaxLength(200);
        incident.Property(i => i.RegionalLossConfirmation).HasMaxLength(1000);
        incident.Property(i => i.RegionalLossRecordedByName).HasMaxLength(256);
        incident.Property(i => i.ForceMajeureDescription).HasMaxLength(2000);
        incident.Property(i => i.OwnerAgreementBy).HasMaxLength(256);
        incident.Property(i => i.OwnerAgreementReference).HasMaxLength(300);
        incident.Property(i => i.ForceMajeureRecordedByName).HasMaxLength(256);
        incident.Property(i => i.PreventionKk).HasMaxLength(2000);
        incident.Property(i => i.PreventionRu).HasMaxLength(2000);
        incident.Property(i => i.OwnerReportSentBy).HasMaxLength(256);
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
