namespace GosZakup.Console.Infrastructure.Mail;

/// <summary>A plain-text e-mail to queue with <see cref="MailOutbox.Enqueue"/>; the body usually carries
/// Kazakh and Russian together.</summary>
/// <param name="Kind">What sort of mail this is, e.g. "id-email".</param>
/// <param name="SubjectType">What it is about, e.g. "Incident".</param>
/// <param name="SubjectId">The id of what it is about.</param>
/// <param name="To">One address, optionally with a display name: "Name &lt;a@b.kz&gt;".</param>
public sealed record OutgoingMail(string Kind, string SubjectType, string SubjectId, string To, string Subject, string BodyText);
