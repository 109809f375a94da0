using GosZakup.Console.Web.Security.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GosZakup.Console.IntegrationTests.Sessions;

/// <summary>The running app wires the stale-session defences in: a merge that drops a registration fails here, not in production.</summary>
public sealed class SessionWiringTests(ConsoleFactory factory)
{
    [Fact]
    public void The_sign_in_cookie_keeps_its_sessions_on_the_server_and_judges_every_request()
    {
        var cookie = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.IsType<SessionTicketStore>(cookie.SessionStore);
        Assert.Equal(SessionCookieValidator.ValidateAsync, cookie.Events.OnValidatePrincipal);
        Assert.Equal((TimeSpan.FromHours(10), true), (cookie.ExpireTimeSpan, cookie.SlidingExpiration));
    }

    /// <summary>Every interactive command of every page reaches the server as a circuit message, and every circuit
    /// message passes the gate first: so the gate covers them all, whatever principal a page keeps in a field.</summary>
    [Fact]
    public async Task Every_circuit_passes_the_session_gate()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        Assert.Contains(scope.ServiceProvider.GetServices<CircuitHandler>(), h => h is CircuitSessionGate);
    }
}
