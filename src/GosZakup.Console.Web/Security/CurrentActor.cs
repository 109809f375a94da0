using System.Security.Claims;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace GosZakup.Console.Web.Security;

/// <summary>The user of the current Blazor circuit, kept up to date by <see cref="CircuitUserTracker"/>
/// (HttpContext is not available inside an interactive circuit).</summary>
public sealed class CircuitUser
{
    public ClaimsPrincipal? User { get; set; }
}

public sealed class CircuitUserTracker(AuthenticationStateProvider auth, CircuitUser circuitUser) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken ct)
    {
        auth.AuthenticationStateChanged += OnChanged;
        circuitUser.User = (await auth.GetAuthenticationStateAsync()).User;
    }

    private void OnChanged(Task<AuthenticationState> state) =>
        _ = state.ContinueWith(t => circuitUser.User = t.Result.User, TaskContinuationOptions.OnlyOnRanToCompletion);

    public void Dispose() => auth.AuthenticationStateChanged -= OnChanged;
}

/// <summary>Who the audit log names: the circuit's user, else the HTTP request's, else the system (jobs, seeding).</summary>
public sealed class CurrentActor(CircuitUser circuitUser, IHttpContextAccessor http) : ICurrentActor
{
    public AuditActor Current
    {
        get
        {
            var user = circuitUser.User ?? http.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true) return AuditActor.System;
            return new AuditActor(user.UserId(), user.Identity.Name ?? "?");
        }
    }
}
