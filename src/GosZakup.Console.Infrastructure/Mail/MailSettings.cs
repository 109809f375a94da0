namespace GosZakup.Console.Infrastructure.Mail;

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailSettings
{
    public const string Section = "Mail";

    public SmtpSettings Smtp { get; set; } = new();

    public ImapSettings Imap { get; set; } = new();

    /// <summary>The sender of every outgoing mail, with display name.</summary>
    public string From { get; set; } = "GosZakup.Console <noreply@goszakup.local>";
}

/// <summary><c>Mail:Smtp</c>: the relay the outbox delivers through.</summary>
public sealed class SmtpSettings
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>Authenticates only when set.</summary>
    public string? User { get; set; }
    public string? Password { get; set; }
}

/// <summary><c>Mail:Imap</c>: the contact-centre mailbox whose messages become appeals (R2 §5-§6). No host:
/// no fetching.</summary>
public sealed class ImapSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 143;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string Folder { get; set; } = "INBOX";

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How a mail connection is secured (SMTP and IMAP alike).</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
