using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Jobs;

public enum LongJobState
{
    Queued = 1,
    Running = 2,
    Finished = 3,
    Failed = 4,
}

/// <summary>One long job (a report build, an import) as the database knows it: the database, not the in-memory job
/// queue, is the source of truth, so a job whose process died is found by its expired lease and resumed or failed.
/// A runner owns the job while <see cref="LeaseUntilUtc"/> is ahead and renews it by heartbeats; a queued job's lease
/// is the time by which some runner should have claimed it, after which the sweep enqueues it again.</summary>
public sealed class LongJobRecord
{
    public const int MaxPayloadChars = 6 * 1024 * 1024;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Which handler runs it, e.g. <c>quarterly-report</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>What it works on, e.g. the quarter <c>2026-Q4</c>: two live jobs of one kind and subject are one too many.</summary>
    public string SubjectKey { get; set; } = "";
    public LongJobState State { get; set; } = LongJobState.Queued;

    /// <summary>0-100.</summary>
    public int Progress { get; set; }
    public int Done { get; set; }
    public int Total { get; set; }

    /// <summary>The runner holding the lease: host name, process id and a per-process id (see <see cref="LongJobOwner"/>).</summary>
    public string? Owner { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }
    public DateTime? HeartbeatUtc { get; set; }

    /// <summary>How many times a runner claimed it: more than one means a run was interrupted and resumed.</summary>
    public int Attempts { get; set; }

    /// <summary>Why it failed, as a code the pages put in words (<see cref="LongJobErrors"/>); never exception text.</summary>
    public string? ErrorCode { get; set; }

    /// <summary>The input a job needs to run again after a crash (the uploaded file), and its name.</summary>
    public string? Payload { get; set; }
    public string? PayloadName { get; set; }

    /// <summary>While running, the job's checkpoint; once finished, its result (JSON of the kind's own record).</summary>
    public string? ResultJson { get; set; }
    public string RequestedByName { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }

    public bool IsLive(DateTime nowUtc) => State == LongJobState.Queued || State == LongJobState.Running && LeaseUntilUtc >= nowUtc;

    /// <summary>A new job, queued; it joins the caller's transaction with the record it works on.</summary>
    public static LongJobRecord Queue(string kind, string subjectKey, string requestedBy, DateTime nowUtc, TimeSpan lease, Guid? id = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(), Kind = kind, SubjectKey = subjectKey, RequestedByName = requestedBy, CreatedAtUtc = nowUtc,
        LeaseUntilUtc = nowUtc + lease,
    };
}

/// <summary>The reasons a long job stops for good, as stored codes.</summary>
public static class LongJobErrors
{
    /// <summary>Its process died more often than <see cref="LongJobOptions.MaxAttempts"/> allows.</summary>
    public const string Interrupted = "interrupted";

    /// <summary>A run ended in an error (logged with its details).</summary>
    public const string Error = "error";

    /// <summary>A new build of the same subject was asked for while this one was stalled.</summary>
    public const string Superseded = "superseded";
}

internal sealed class LongJobConfiguration : IEntityTypeConfiguration<LongJobRecord>
{
    public void Configure(EntityTypeBuilder<LongJobRecord> job)
    {
        job.ToTable("LongJobs");
        job.Property(j => j.Kind).HasMaxLength(64);
        job.Property(j => j.SubjectKey).HasMaxLength(256);
        job.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        job.Property(j => j.Owner).HasMaxLength(300);
        job.Property(j => j.ErrorCode).HasMaxLength(32);
        job.Property(j => j.Payload).HasMaxLength(LongJobRecord.MaxPayloadChars);
        job.Property(j => j.PayloadName).HasMaxLength(260);
        job.Property(j => j.RequestedByName).HasMaxLength(256);
        job.HasIndex(j => new { j.State, j.LeaseUntilUtc });
        job.HasIndex(j => new { j.Kind, j.SubjectKey, j.State });
    }
}
