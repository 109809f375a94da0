using GosZakup.Console.Infrastructure.Mail;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests.Mail;

public class MailOutboxTests
{
    [Theory]
    [InlineData("")]
    [InlineData("ivanov")]
    [InlineData("not an address")]
    [InlineData("a@example.kz, b@example.kz")]
    public void An_address_that_is_not_one_mailbox_is_refused_and_nothing_is_queued(string to)
    {
        using var database = new TempDatabase();
        using var db = database.NewContext();
        var mail = new OutgoingMail("id-email", "Incident", "42", to, "Тақырып", "Мәтін");

        Assert.Throws<ArgumentException>(() => new MailOutbox(new FakeTimeProvider()).Enqueue(db, mail));
        Assert.Empty(db.ChangeTracker.Entries());
    }

    [Fact]
    public void Back_off_doubles_from_one_minute_and_stops_at_an_hour()
    {
        var minutes = new[] { 1, 2, 3, 4, 5, 6, 7, 8, 1000 }.Select(n => SendOutboxJob.BackOff(n).TotalMinutes);

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], minutes);
    }

    [Fact]
    public void The_Mail_section_configures_the_relay_and_the_sender()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "smtp.goszakup.kz", ["Mail:Smtp:Port"] = "587", ["Mail:Smtp:Security"] = "StartTls",
            ["Mail:Smtp:User"] = "console", ["Mail:Smtp:Password"] = "secret", ["Mail:From"] = "Portal <noreply@goszakup.kz>",
        }).Build();

        var settings = new ServiceCollection().AddConsoleMail(config).BuildServiceProvider().GetRequiredService<MailSettings>();

        Assert.Equal(("smtp.goszakup.kz", 587, SmtpSecurity.StartTls), (settings.Smtp.Host, settings.Smtp.Port, settings.Smtp.Security));
        Assert.Equal(("console", "secret", "Portal <noreply@goszakup.kz>"), (settings.Smtp.User, settings.Smtp.Password, settings.From));
    }

    [Fact]
    public void Without_a_Mail_section_the_defaults_send_unencrypted_to_localhost_port_25()
    {
        var settings = new ServiceCollection().AddConsoleMail(new ConfigurationBuilder().Build())
            .BuildServiceProvider().GetRequiredService<MailSettings>();

        Assert.Equal(("localhost", 25, SmtpSecurity.None, (string?)null), (settings.Smtp.Host, settings.Smtp.Port, settings.Smtp.Security, settings.Smtp.User));
        Assert.Equal("GosZakup.Console <noreply@goszakup.local>", settings.From);
    }

    [Fact]
    public void The_sender_is_scheduled_every_minute()
    {
        var jobs = new RecordingJobManager();

        SendOutboxJob.Schedule(jobs);

        var (id, job, cron) = Assert.Single(jobs.Added);
        Assert.Equal(("mail-outbox-send", "* * * * *"), (id, cron));
        Assert.Equal((typeof(SendOutboxJob), nameof(SendOutboxJob.RunAsync)), (job.Type, job.Method.Name));
    }

    private sealed class RecordingJobManager : IRecurringJobManager
    {
        public List<(string Id, Job Job, string Cron)> Added { get; } = [];

        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options) =>
            Added.Add((recurringJobId, job, cronExpression));

        public void Trigger(string recurringJobId) => throw new NotSupportedException();

        public void RemoveIfExists(string recurringJobId) => throw new NotSupportedException();
    }
}
