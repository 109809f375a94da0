namespace GosZakup.Console.Web.Security.Sessions;

/// <summary>What the notice over an ended circuit says (resource keys) and where its one button leads.</summary>
public sealed record SessionEndingText(string TitleKey, string TextKey, string ActionKey, string Href);

public static class SessionEndings
{
    /// <param name="here">The page's address relative to the site root, e.g. <c>/incidents/INC-1</c>.</param>
    public static SessionEndingText For(SessionVerdict reason, string here)
    {
        var signIn = "/account/login?returnUrl=" + Uri.EscapeDataString(LocalUrl.OrHome(here));
        return reason switch
        {
            SessionVerdict.AccountDisabled => new("Session.Disabled.Title", "Session.Disabled.Text", "Session.ToSignIn", "/account/login"),
            SessionVerdict.RolesRemoved => new("Session.RolesChanged.Title", "Session.RolesChanged.Text", "Session.Reload", LocalUrl.OrHome(here)),
            SessionVerdict.CredentialsChanged => new("Session.CredentialsChanged.Title", "Session.CredentialsChanged.Text", "Session.SignInAgain", signIn),
            _ => new("Session.SignedOut.Title", "Session.SignedOut.Text", "Session.SignInAgain", signIn),
        };
    }
}
