using System.Security.Claims;
using System.Security.Cryptography;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Security.Sessions;

/// <summary>Keeps sign-ins in the database (<see cref="SignInSessionRecord"/>); the cookie carries only a random key.
/// Deleting the row ends the sign-in everywhere, whatever copies of the cookie exist.</summary>
public sealed class SessionTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    /// <summary>The claim naming the session (the row's id), so an open Blazor circuit can ask whether its sign-in still exists.</summary>
    public const string SessionClaim = "console_session";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Base64Url(RandomNumberGenerator.GetBytes(32));
        var id = IdOf(key);
        Name(ticket.Principal, id);
        var now = clock.GetUtcNow().UtcDateTime;
        await WithDbAsync(async db =>
        {
            // Sign-ins are rare: sweeping dead rows here keeps the table small without a job of its own.
            await db.Set<SignInSessionRecord>().Where(s => s.ExpiresAtUtc < now).ExecuteDeleteAsync();
            db.Add(new SignInSessionRecord
            {
                Id = id, UserId = ticket.Principal.UserId() ?? "", CreatedAtUtc = now,
                ExpiresAtUtc = ExpiryOf(ticket), Ticket = TicketSerializer.Default.Serialize(ticket),
            });
            return await db.SaveChangesAsync();
        });
        return key;
    }

    /// <summary>Sliding renewal and refreshed roles. An update only: a session deleted meanwhile (signed out, account
    /// disabled) is not brought back by a request that was already under way.</summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var id = IdOf(key);
        Name(ticket.Principal, id);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ExpiryOf(ticket);
        await WithDbAsync(db => db.Set<SignInSessionRecord>().Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Ticket, bytes).SetProperty(r => r.ExpiresAtUtc, expires)));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var id = IdOf(key);
        var now = clock.GetUtcNow().UtcDateTime;
        var bytes = await WithDbAsync(db => db.Set<SignInSessionRecord>().AsNoTracking()
            .Where(s => s.Id == id && s.ExpiresAtUtc > now).Select(s => s.Ticket).FirstOrDefaultAsync());
        return bytes is null ? null : TicketSerializer.Default.Deserialize(bytes);
    }

    public async Task RemoveAsync(string key)
    {
        var id = IdOf(key);
        await WithDbAsync(db => db.Set<SignInSessionRecord>().Where(s => s.Id == id).ExecuteDeleteAsync());
    }

    /// <summary>The row id of a cookie key: its SHA-256, so the table never holds a key that could be put back into a cookie.</summary>
    public static string IdOf(string key) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    /// <summary>Puts the session's id on the principal (again after a refresh built a new one).</summary>
    public static void Name(ClaimsPrincipal principal, string id)
    {
        if (principal.HasClaim(SessionClaim, id)) return;
        var identity = principal.Identities.First();
        foreach (var old in identity.FindAll(SessionClaim).ToList()) identity.RemoveClaim(old);
        identity.AddClaim(new Claim(SessionClaim, id));
    }

    private DateTime ExpiryOf(AuthenticationTicket ticket) =>
        (ticket.Properties.ExpiresUtc ?? clock.GetUtcNow().Add(SessionSecurity.SlidingExpiry)).UtcDateTime;

    /// <summary>The store is a singleton of the cookie options; each call takes a short scope and context of its own.</summary>
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await work(db);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
