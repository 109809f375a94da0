using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GosZakup.Console.Infrastructure.Mail;

/// <summary>One e-mail waiting in (or delivered from) the transactional outbox. It is written in the same
/// transaction as the change that causes it, and <see cref="SendOutboxJob"/> delivers it later.</summary>
public sealed class OutboxMessage
{
    public const int LastErrorMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>What sort of mail this is, e.g. "id-email".</summary>
    public string Kind { get; set; } = "";

    /// <summary>What the mail is about, e.g. ("Incident", id), so it can be shown on that timeline.</summary>
    public string SubjectType { get; set; } = "";
    public string SubjectId { get; set; } = "";

    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string BodyText { get; set; } = "";

    /// <summary>Failed delivery attempts so far; drives the back-off.</summary>
    public int Attempts { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? LastError { get; set; }

    /// <summary>Optimistic concurrency: two sender runs cannot both claim (and so both send) one message.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> entry)
    {
        entry.ToTable("OutboxMessages");
        entry.Property(m => m.Kind).HasMaxLength(40);
        entry.Property(m => m.SubjectType).HasMaxLength(40);
        entry.Property(m => m.SubjectId).HasMaxLength(64);
        entry.Property(m => m.To).HasMaxLength(320);
        entry.Property(m => m.Subject).HasMaxLength(500);
        entry.Property(m => m.LastError).HasMaxLength(OutboxMessage.LastErrorMaxLength);
        entry.Property(m => m.Version).IsConcurrencyToken();
        entry.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
        entry.HasIndex(m => new { m.SubjectType, m.SubjectId });
    }
}
