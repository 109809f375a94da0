namespace GosZakup.Console.Infrastructure.Mail;

/// <summary>Why a message could not be sent, in a category a reader can act on; the technical text stays in
/// <see cref="OutboxMessage.LastError"/> and the log.</summary>
public enum MailFailure
{
    ServerUnreachable,
    Timeout,
    SecureConnectionFailed,
    SignInRefused,
    MessageRefused,
    Other,
}

public static class MailFailures
{
    /// <summary>The category of a failure recorded as "ExceptionType: message" (what <see cref="SendOutboxJob"/> stores).</summary>
    public static MailFailure Of(string? lastError)
    {
        var type = lastError?.Split(':', 2)[0].Trim() ?? "";
        return type switch
        {
            "SocketException" or "ServiceNotConnectedException" or "IOException" or "HttpRequestException" => MailFailure.ServerUnreachable,
            "TimeoutException" or "OperationCanceledException" or "TaskCanceledException" => MailFailure.Timeout,
            "SslHandshakeException" => MailFailure.SecureConnectionFailed,
            "AuthenticationException" or "ServiceNotAuthenticatedException" => MailFailure.SignInRefused,
            "SmtpCommandException" => MailFailure.MessageRefused,
            _ => MailFailure.Other,
        };
    }
}
