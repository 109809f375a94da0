using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GosZakup.Console.Web.Security.Sessions;

/// <summary>Judges an open Blazor circuit by its user's current standing before every inbound message (a click, a key,
/// a navigation, a JS callback) and every few seconds in between. Pages keep the user they started with in fields and
/// hand it to services; so once the account is disabled, the sign-in ended or a role removed, nothing the page sends
/// runs any more: the circuit's user becomes the current one (or nobody) and <see cref="SessionEnding"/> says why.</summary>
public sealed class CircuitSessionGate(
    AuthenticationStateProvider auth, UserStandingReader reader, FreshPrincipal fresh, SessionEnding ending,
    IOptions<IdentityOptions> identity, IOptions<SessionSecurityOptions> options, TimeProvider clock, ILogger<CircuitSessionGate> log)
    : CircuitHandler, IDisposable
{
    private readonly CancellationTokenSource closed = new();

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (await AdmitAsync(closed.Token)) await next(context);
        };

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken ct)
    {
        _ = RecheckEveryFewSecondsAsync();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken ct)
    {
        closed.Cancel();
        return Task.CompletedTask;
    }

    /// <summary>True when the circuit's user may still act; otherwise the circuit is ended (once) and false.</summary>
    public async Task<bool> AdmitAsync(CancellationToken ct = default)
    {
        if (ending.Reason is not null) return false;
        var user = (await auth.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true) return true; // the anonymous pages have nothing to lose
        var verdict = SessionJudge.Judge(user, await reader.ReadAsync(user, ct), identity.Value);
        if (verdict == SessionVerdict.Valid) return true;
        // Pages hold the old principal in fields: a removed role ends the circuit too, and only a reload gives them the current roles.
        var next = verdict is SessionVerdict.RolesAdded or SessionVerdict.RolesRemoved ? await fresh.ForAsync(user) : null;
        if (verdict.Admits() && next is not null)
        {
            Become(next);
            return true;
        }
        log.LogInformation("Circuit of user {UserId} ended: {Verdict}", user.UserId(), verdict);
        // The reason first: the page re-renders for the new user at once, and must find the notice's reason already there.
        ending.End(verdict);
        Become(next);
        return false;
    }

    private void Become(ClaimsPrincipal? user)
    {
        if (auth is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(user ?? new ClaimsPrincipal(new ClaimsIdentity()))));
    }

    /// <summary>So a circuit nobody clicks in also ends within seconds of an Admin's change.</summary>
    private async Task RecheckEveryFewSecondsAsync()
    {
        using var timer = new PeriodicTimer(options.Value.Recheck, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(closed.Token))
            {
                try
                {
                    if (!await AdmitAsync(closed.Token)) return;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A database hiccup must not take the circuit down; the next tick or click checks again.
                    log.LogWarning(e, "A periodic session check failed");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The circuit closed.
        }
    }

    public void Dispose() => closed.Cancel();
}
