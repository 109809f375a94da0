using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Localization;
using MimeKit;
using MimeKit.Text;

namespace GosZakup.Console.Web.Features.Mailbox;

/// <summary>Reads an e-mail as an appeal (R2 §6.1): received at the server's arrival time, the sender as the
/// contact, subject and text as the description. The operator completes the organisation and BIN/IIN when
/// registering it.</summary>
public static class MailAppeal
{
    public static AppealForm From(MimeMessage message, DateTimeOffset arrivedAt)
    {
        var sender = message.From.Mailboxes.FirstOrDefault();
        var organisation = string.IsNullOrWhiteSpace(sender?.Name) ? sender?.Address ?? "?" : sender.Name;
        return new AppealForm
        {
            Channel = AppealChannel.Email,
            ReceivedAt = AstanaTime.ToWallClock(arrivedAt.UtcDateTime),
            OrganisationName = Shorten(Inert(organisation), 500),
            ContactEmail = sender?.Address,
            Description = Shorten(Inert(Description(message)), AppealRules.MaxDescriptionLength),
        };
    }

    private static string Description(MimeMessage message)
    {
        var text = message.TextBody ?? (message.HtmlBody is { } html ? TextOf(html) : "");
        var subject = message.Subject?.Trim();
        var description = string.IsNullOrEmpty(subject) ? text.Trim() : $"{subject}\n\n{text.Trim()}";
        return description.Trim() is { Length: > 0 } some ? some : Bilingual.Subject("Mailbox.NoText");
    }

    /// <summary>The text of an HTML-only message: its data tokens, without tags, scripts or styles.</summary>
    private static string TextOf(string html)
    {
        var text = new System.Text.StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        var skipping = false;
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlTagToken tag)
            {
                if (tag.Id is HtmlTagId.Script or HtmlTagId.Style) skipping = !tag.IsEndTag;
                if (tag.Id is HtmlTagId.Br or HtmlTagId.P or HtmlTagId.Div or HtmlTagId.TR or HtmlTagId.LI) text.Append('\n');
            }
            else if (token is HtmlDataToken data && !skipping)
                text.Append(data.Data);
        }
        return text.ToString();
    }

    /// <summary>Mail text is shown and re-mailed as text only; angle brackets and script URLs are made inert
    /// so the appeal passes the same markup check as a typed one, instead of the message being refused.</summary>
    private static string Inert(string text) =>
        text.Replace('<', '‹').Replace('>', '›').Replace("javascript:", "javascript :", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
