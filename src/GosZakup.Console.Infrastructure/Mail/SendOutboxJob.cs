using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Hangfire;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GosZakup.Console.Infrastructure.Mail;

/// <summary>Every minute: delivers due outbox messages over one SMTP connection, oldest first. Each message
/// is claimed (Version and NextAttemptAtUtc changed and saved) before it is sent, so two runs racing never
/// both send it; a failure reschedules it with back-off. A crash between sending and recording the
/// delivery sends it once more after the claim lapses (at-least-once, same Message-ID).</summary>
[AutomaticRetry(Attempts = 0)] // failures are rescheduled per message; a retried run would only repeat them
public sealed class SendOutboxJob(AppDbContext db, MailSettings settings, TimeProvider clock, ILogger<SendOutboxJob> log)
{
    public const string RecurringId = "mail-outbox-send";
    public const int BatchSize = 50;

    /// <summary>How long a claim keeps other runs off a message: far longer than one send may take.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    public static void Schedule(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<SendOutboxJob>(RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());

    /// <summary>1, 2, 4, 8 … minutes after the n-th failure, at most an hour.</summary>
    public static TimeSpan BackOff(int failedAttempts) =>
        TimeSpan.FromMinutes(Math.Min(1 << Math.Clamp(failedAttempts - 1, 0, 6), 60));

    /// <returns>How many messages were sent.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMessage>()
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
            .Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0) return 0;

        // Each SMTP step times out well inside the claim lease.
        using var smtp = new SmtpClient { Timeout = 30_000 };
        var sent = 0;
        for (var i = 0; i < due.Count; i++)
        {
            if (!await ClaimAsync(due[i], ct)) continue;
            if (!smtp.IsConnected && await ConnectAsync(smtp, ct) is { } unreachable)
            {
                await RescheduleAllAsync(due.Skip(i), unreachable, ct);
                return sent;
            }
            if (await SendAsync(smtp, due[i], ct)) sent++;
        }
        await QuitAsync(smtp, ct);
        log.LogInformation("Mail outbox: {Sent} of {Due} due messages sent", sent, due.Count);
        return sent;
    }

    private async Task<bool> ClaimAsync(OutboxMessage message, CancellationToken ct)
    {
        message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + ClaimLease;
        message.Version = Guid.NewGuid();
        return await TrySaveAsync(message, ct);
    }

    /// <returns>Null once connected (and authenticated), else why not.</returns>
    private async Task<Exception?> ConnectAsync(SmtpClient smtp, CancellationToken ct)
    {
        try
        {
            await OutboxSmtp.ConnectAsync(smtp, settings.Smtp, ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Mail outbox: SMTP server {Host}:{Port} not reachable", settings.Smtp.Host, settings.Smtp.Port);
            return ex;
        }
    }

    private async Task RescheduleAllAsync(IEnumerable<OutboxMessage> messages, Exception error, CancellationToken ct)
    {
        foreach (var message in messages)
        {
            RecordFailure(message, error);
            await TrySaveAsync(message, ct);
        }
    }

    private async Task QuitAsync(SmtpClient smtp, CancellationToken ct)
    {
        if (!smtp.IsConnected) return;
        try { await smtp.DisconnectAsync(quit: true, ct); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Every result is saved by now; a server that drops the line at QUIT changes nothing.
            log.LogDebug(ex, "Mail outbox: QUIT failed");
        }
    }

    private async Task<bool> SendAsync(SmtpClient smtp, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await smtp.SendAsync(OutboxSmtp.Compose(message, settings, clock.GetUtcNow()), ct);
        }
        // Anything that stops this one message reschedules it: an outbox must never drop mail.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Mail outbox: message {Id} to {To} not sent (attempt {Attempt})", message.Id, message.To, message.Attempts + 1);
            RecordFailure(message, ex);
            await TrySaveAsync(message, ct);
            return false;
        }
        message.SentAtUtc = clock.GetUtcNow().UtcDateTime;
        await MeetObligationAsync(message);
        // Sent is sent: record it even if the run is being cancelled, or it would go out twice.
        if (!await TrySaveAsync(message, CancellationToken.None))
            log.LogError("Mail outbox: message {Id} was sent, but its claim lapsed and another run took it over", message.Id);
        return true;
    }

    /// <summary>A notice the Rules demand (its kind is the obligation's code, e.g. "id-email", R2 §8) is met
    /// when it has gone out, in the same save that records the sending.</summary>
    private async Task MeetObligationAsync(OutboxMessage message)
    {
        var duties = await db.Set<ObligationRecord>()
            .Where(o => o.SubjectType == message.SubjectType && o.SubjectId == message.SubjectId && o.Code == message.Kind && o.MetAtUtc == null)
            .ToListAsync(CancellationToken.None);
        foreach (var duty in duties) duty.Meet(message.SentAtUtc!.Value);
    }

    private void RecordFailure(OutboxMessage message, Exception error)
    {
        message.Attempts++;
        message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + BackOff(message.Attempts);
        var text = $"{error.GetType().Name}: {error.Message}";
        message.LastError = text.Length <= OutboxMessage.LastErrorMaxLength ? text : text[..OutboxMessage.LastErrorMaxLength];
    }

    /// <returns>False when another run changed the message first; it is then left to that run.</returns>
    private async Task<bool> TrySaveAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(message).State = EntityState.Detached;
            return false;
        }
    }
}
