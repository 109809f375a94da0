using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.WorkingGroup;

public enum ComplaintPriority
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>A written complaint to the Owner that reached the operator by a letter of the Working Group's head (R2 §30),
/// and the operator's answer within 2 working days: priority, causes, whether confirmed, fix dates (R2 §31). The letter's
/// file lives in the attachments folder under its SHA-256, like incident documents.</summary>
public sealed class WorkingGroupComplaintRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime ReceivedAtUtc { get; set; }
    public string LetterNumber { get; set; } = "";
    public DateOnly LetterDate { get; set; }
    public Guid FromMemberId { get; set; }

    /// <summary>The head's name and position as they were when the letter came, for the answer letter.</summary>
    public string FromName { get; set; } = "";
    public string? FromPosition { get; set; }
    public string Subject { get; set; } = "";
    public string Summary { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public Guid? IncidentId { get; set; }
    public string? IncidentNumber { get; set; }
    public DateTime RegisteredAtUtc { get; set; }
    public string RegisteredByName { get; set; } = "";
    public DateTime AnswerDueAtUtc { get; set; }
    public ComplaintState State { get; set; } = ComplaintState.Received;

    public ComplaintPriority? Priority { get; set; }
    public string? Causes { get; set; }
    public bool? Confirmed { get; set; }
    public DateTime? FixStartAtUtc { get; set; }
    public DateTime? FixByUtc { get; set; }
    public DateTime? AnsweredAtUtc { get; set; }
    public string? AnsweredByName { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>R2 §31: the operator's answer; fix dates only when the complaint is confirmed. Applies what
    /// ComplaintLifecycle allowed: answering twice is a bug.</summary>
    public void Answer(ComplaintPriority? priority, string causes, bool confirmed, DateTime? fixStartAtUtc, DateTime? fixByUtc, DateTime atUtc, string by)
    {
        State = ComplaintLifecycle.After(State, ComplaintAction.Answer);
        (Priority, Causes, Confirmed) = (priority, causes, confirmed);
        (FixStartAtUtc, FixByUtc) = confirmed ? (fixStartAtUtc, fixByUtc) : (null, null);
        (AnsweredAtUtc, AnsweredByName, Version) = (atUtc, by, Guid.NewGuid());
    }
}

internal sealed class WorkingGroupComplaintConfiguration : IEntityTypeConfiguration<WorkingGroupComplaintRecord>
{
    public void Configure(EntityTypeBuilder<WorkingGroupComplaintRecord> complaint)
    {
        complaint.ToTable("WorkingGroupComplaints");
        complaint.Property(c => c.LetterNumber).HasMaxLength(100);
        complaint.Property(c => c.FromName).HasMaxLength(256);
        complaint.Property(c => c.FromPosition).HasMaxLength(256);
        complaint.Property(c => c.Subject).HasMaxLength(500);
        complaint.Property(c => c.Summary).HasMaxLength(4000);
        complaint.Property(c => c.FileName).HasMaxLength(255);
        complaint.Property(c => c.ContentType).HasMaxLength(100);
        complaint.Property(c => c.Sha256).HasMaxLength(64);
        complaint.Property(c => c.IncidentNumber).HasMaxLength(32);
        complaint.Property(c => c.RegisteredByName).HasMaxLength(256);
        complaint.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        complaint.Property(c => c.Priority).HasConversion<string>().HasMaxLength(10);
        complaint.Property(c => c.Causes).HasMaxLength(4000);
        complaint.Property(c => c.AnsweredByName).HasMaxLength(256);
        complaint.Property(c => c.Version).IsConcurrencyToken();
        complaint.HasIndex(c => c.ReceivedAtUtc);
        complaint.HasIndex(c => c.IncidentId);
        complaint.HasOne<WorkingGroupMemberRecord>().WithMany().HasForeignKey(c => c.FromMemberId).OnDelete(DeleteBehavior.Restrict);
        complaint.HasOne<IncidentRecord>().WithMany().HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
