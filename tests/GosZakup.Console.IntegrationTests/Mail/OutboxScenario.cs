using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests.Mail;

/// <summary>One outbox test's world: its own SQLite file, a pinned clock and its own SMTP server process.</summary>
internal sealed class OutboxScenario : IDisposable
{
    /// <summary>Kazakh with every letter beyond Russian's alphabet, then Russian, as the console's mails carry both.</summary>
    public static readonly string KazakhAndRussianBody =
        "Құрметті пайдаланушы! Порталдағы ақау расталды, мерзімдер ұзартылды.\n" +
        "Әріптер: ә ғ қ ң ө ұ ү һ і — Ә Ғ Қ Ң Ө Ұ Ү Һ І.\n" +
        "Уважаемый пользователь! Сбой портала подтверждён, сроки продлены. Ёё Щщ Ъъ.\n" +
        string.Concat(Enumerable.Repeat("Ұзақ жол — длинная строка; ", 12));

    public const string KazakhAndRussianSubject = "Ақау расталды / Сбой подтверждён — оқиға №42, инцидент №42 (мерзімдер ұзартылды)";

    private OutboxScenario(SmtpServer smtp) => Smtp = smtp;

    public TempDatabase Database { get; } = new();

    /// <summary>Monday 2 March 2026, 09:00 in Astana.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));

    public SmtpServer Smtp { get; }

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<OutboxScenario> StartAsync()
    {
        var scenario = new OutboxScenario(await SmtpServer.StartNewAsync(Ct));
        try
        {
            await scenario.Database.MigrateAsync();
            return scenario;
        }
        catch
        {
            scenario.Dispose();
            throw;
        }
    }

    public static OutgoingMail Mail(string to = "Әйгерім Сәрсенова <aigerim@example.kz>", string subjectId = "42") =>
        new("id-email", "Incident", subjectId, to, KazakhAndRussianSubject, KazakhAndRussianBody);

    public AppDbContext NewContext() => Database.NewContext(Clock);

    /// <summary>Queues the mail and saves it, as a caller's own transaction would.</summary>
    public async Task<OutboxMessage> QueueAsync(OutgoingMail mail, Action<OutboxMessage>? adjust = null)
    {
        await using var db = NewContext();
        var message = new MailOutbox(Clock).Enqueue(db, mail);
        adjust?.Invoke(message);
        await db.SaveChangesAsync(Ct);
        return message;
    }

    /// <summary>One run of the sender job on a fresh context, as Hangfire would run it.</summary>
    public async Task<int> RunSenderAsync()
    {
        await using var db = NewContext();
        var settings = new MailSettings { Smtp = { Host = "127.0.0.1", Port = Smtp.Port } };
        return await new SendOutboxJob(db, settings, Clock, NullLogger<SendOutboxJob>.Instance).RunAsync(Ct);
    }

    public async Task<List<OutboxMessage>> RowsAsync()
    {
        await using var db = NewContext();
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.SubjectId).ToListAsync(Ct);
    }

    public void Dispose()
    {
        Smtp.Dispose();
        Database.Dispose();
    }
}
