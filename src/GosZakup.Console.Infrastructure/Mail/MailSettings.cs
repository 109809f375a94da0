namespace GosZakup.Console.Infrastructure.Mail;

/// <summary>The <c>Mail</c> configuration section.</summary>
public sealed class MailSettings
{
    public const string Section = "Mail";

    public SmtpSettings Smtp { get; set; } = new();

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

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
