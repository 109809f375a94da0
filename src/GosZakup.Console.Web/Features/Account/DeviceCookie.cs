using Microsoft.AspNetCore.DataProtection;

namespace GosZakup.Console.Web.Features.Account;

/// <summary>Remembers, in an encrypted cookie, the accounts that signed in successfully from this browser (the last
/// five, for 180 days). Such a browser is not slowed by failures other people ran up against the account
/// (<see cref="SignInThrottle"/>), so a guessing attack on an administrator's e-mail does not keep them out.</summary>
public sealed class DeviceCookie(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Name = ".GosZakup.Console.Device";
    private const int MaxAccounts = 5;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);
    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("GosZakup.Console.SignInDevice").ToTimeLimitedDataProtector();

    public bool Knows(HttpContext http, string account) => Accounts(http).Contains(SignInThrottle.Normalise(account));

    public void Remember(HttpContext http, string account)
    {
        var accounts = Accounts(http).Where(a => a != SignInThrottle.Normalise(account)).Prepend(SignInThrottle.Normalise(account)).Take(MaxAccounts);
        var now = clock.GetUtcNow();
        http.Response.Cookies.Append(Name, protector.Protect(string.Join('\n', accounts), now + Lifetime), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps,
            Expires = now + Lifetime, Path = "/account",
        });
    }

    private string[] Accounts(HttpContext http)
    {
        if (http.Request.Cookies[Name] is not { Length: > 0 } value) return [];
        try
        {
            return protector.Unprotect(value, out _).Split('\n');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return []; // forged, expired or from another key ring: just an unknown browser
        }
    }
}
