using System.Security.Cryptography;
using GosZakup.Console.Domain.Incidents;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>The channel this operator registered their last appeal with, kept in their browser (protected, per user):
/// an operator at a phone desk takes calls, one at the mail desk e-mails, so a change is worth a second look.</summary>
public sealed class LastChannel(ProtectedLocalStorage storage)
{
    public async Task<AppealChannel?> GetAsync(string user)
    {
        try
        {
            var stored = await storage.GetAsync<AppealChannel>(Key(user));
            return stored.Success ? stored.Value : null;
        }
        catch (CryptographicException)
        {
            return null; // written under keys this server no longer has: as if nothing was remembered
        }
    }

    public async Task RememberAsync(string user, AppealChannel channel) => await storage.SetAsync(Key(user), channel);

    private static string Key(string user) => $"last-channel:{user}";
}
