using System.Security.Cryptography;
using System.Text;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Web.Features.Inbox;
using Hangfire;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MimeKit;

namespace GosZakup.Console.Web.Features.Mailbox;

/// <summary>Every minute: turns new messages in the contact-centre mailbox into appeals (R2 §5-§6) with their
/// attachments. A message is marked taken only after its appeal and attachments are saved, and the appeal's
/// key comes from the message itself, so a second run, or a run after a crash mid-message, finds the appeal
/// already there and never makes another.</summary>
[AutomaticRetry(Attempts = 0)] // the next minute's run is the retry
[DisableConcurrentExecution(timeoutInSeconds: 120)]
public sealed class MailboxIntakeJob(MailSettings settings, AppealIntake intake, AttachmentStore attachments, ILogger<MailboxIntakeJob> log)
{
    public const string RecurringId = "mailbox-intake";

    /// <summary>IMAP keywords on the server: taken as an appeal, or refused (kept in the mailbox for a person).</summary>
    public const string TakenKeyword = "$GosZakupTaken";
    public const string RefusedKeyword = "$GosZakupRefused";

    public const int BatchSize = 50;

    public static void Schedule(IRecurringJobManager jobs, MailSettings settings)
    {
        if (settings.Imap.Enabled)
            jobs.AddOrUpdate<MailboxIntakeJob>(RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        else
            jobs.RemoveIfExists(RecurringId);
    }

    /// <returns>How many messages became appeals in this run.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (!settings.Imap.Enabled) return 0;
        using var imap = new ImapClient { Timeout = 30_000 };
        await imap.ConnectAsync(settings.Imap.Host!, settings.Imap.Port, OutboxSmtp.Socket(settings.Imap.Security), ct);
        if (!string.IsNullOrEmpty(settings.Imap.User))
            await imap.AuthenticateAsync(settings.Imap.User, settings.Imap.Password ?? "", ct);
        var folder = await imap.GetFolderAsync(settings.Imap.Folder, ct);
        await folder.OpenAsync(FolderAccess.ReadWrite, ct);

        var waiting = await folder.SearchAsync(SearchQuery.NotKeywords([TakenKeyword, RefusedKeyword]), ct);
        var taken = 0;
        foreach (var summary in await folder.FetchAsync(waiting.Take(BatchSize).ToList(), MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate, ct))
        {
            var message = await folder.GetMessageAsync(summary.UniqueId, ct);
            var key = KeyOf(message, folder.UidValidity, summary.UniqueId);
            var outcome = await TakeAsync(message, summary.InternalDate ?? message.Date, key, ct);
            await folder.StoreAsync(summary.UniqueId,
                new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen, [outcome ? TakenKeyword : RefusedKeyword]) { Silent = true }, ct);
            if (outcome) taken++;
        }
        await imap.DisconnectAsync(quit: true, ct);
        if (waiting.Count > 0) log.LogInformation("Mailbox: {Taken} of {Waiting} new messages became appeals", taken, Math.Min(waiting.Count, BatchSize));
        return taken;
    }

    /// <returns>False when the message cannot be an appeal (it stays in the mailbox, marked refused).</returns>
    private async Task<bool> TakeAsync(MimeMessage message, DateTimeOffset arrivedAt, string key, CancellationToken ct)
    {
        var result = await intake.ReceiveAsync(MailAppeal.From(message, arrivedAt), ct, key);
        if (!result.Succeeded)
        {
            log.LogWarning("Mailbox: message {MessageId} from {From} refused as an appeal: {Errors}",
                message.MessageId, message.From, string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}")));
            return false;
        }
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            await using var content = new MemoryStream();
            if (part.Content is null) continue;
            await part.Content.DecodeToAsync(content, ct);
            content.Position = 0;
            var name = part.FileName ?? "attachment";
            if (await attachments.AddAsync(result.Value!.AppealId, name, content, "mailbox", ct) is { } refused)
                log.LogWarning("Mailbox: attachment {Name} of message {MessageId} not kept: {Reason}", name, message.MessageId, refused);
        }
        return true;
    }

    /// <summary>The Message-ID (the same message never becomes two appeals), or the server's unique id when it has none.</summary>
    public static string KeyOf(MimeMessage message, uint uidValidity, UniqueId uid)
    {
        var identity = string.IsNullOrWhiteSpace(message.MessageId) ? $"uid:{uidValidity}:{uid.Id}" : $"mid:{message.MessageId}";
        return "imap:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }
}
