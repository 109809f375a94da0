using System.Diagnostics;
using System.Security.Claims;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Web.Features.Admin;
using GosZakup.Console.Web.Security.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static GosZakup.Console.IntegrationTests.Sessions.SessionCookies;

namespace GosZakup.Console.IntegrationTests.Sessions;

/// <summary>The gate every message of an open Blazor circuit passes (clicks, keys, navigation, JS callbacks) before any
/// page code runs, judged against the real store: so every command a page offers acts on the user's current standing,
/// whatever principal the page kept in a field.</summary>
public sealed class CircuitGateTests(ConsoleFactory factory)
{
    /// <summary>A circuit's services as Blazor gives them, signed in as the user with a real server-side session.</summary>
    private async Task<(AsyncServiceScope Scope, CircuitSessionGate Gate, string SessionKey)> CircuitOfAsync(string email)
    {
        var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = (await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var key = await services.GetRequiredService<SessionTicketStore>().StoreAsync(
            new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(10) },
                IdentityConstants.ApplicationScheme));
        ((IHostEnvironmentAuthenticationStateProvider)services.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return (scope, services.GetRequiredService<CircuitSessionGate>(), key);
    }

    private static async Task<ClaimsPrincipal> CircuitUserAsync(AsyncServiceScope scope) =>
        (await scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync()).User;

    private static SessionVerdict? Ending(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SessionEnding>().Reason;

    [Fact]
    public async Task Once_the_account_is_disabled_no_message_of_the_open_page_runs_and_the_circuit_user_is_nobody()
    {
        var id = await NewUserAsync(factory, "gate.off@test.kz", "Specialist");
        var (scope, gate, _) = await CircuitOfAsync("gate.off@test.kz");
        await using var _ = scope;
        Assert.True(await gate.AdmitAsync(TestContext.Current.CancellationToken));

        var row = await RowAsync(factory, "gate.off@test.kz");
        await AdminAsync(factory, admin => admin.SetDisabledAsync(id, row.ConcurrencyStamp, true, "admin"));

        Assert.False(await gate.AdmitAsync(TestContext.Current.CancellationToken));
        Assert.False(await gate.AdmitAsync(TestContext.Current.CancellationToken));
        Assert.Equal(SessionVerdict.AccountDisabled, Ending(scope));
        Assert.False((await CircuitUserAsync(scope)).Identity!.IsAuthenticated);
    }

    [Fact]
    public async Task A_removed_role_stops_the_page_and_the_circuit_user_holds_only_the_current_roles()
    {
        await NewUserAsync(factory, "gate.role@test.kz", "Specialist", "Supervisor");
        var (scope, gate, _) = await CircuitOfAsync("gate.role@test.kz");
        await using var _ = scope;

        var form = UserForm.From(await RowAsync(factory, "gate.role@test.kz"));
        form.Roles = ["Specialist"];
        await AdminAsync(factory, admin => admin.UpdateAsync(form, "admin"));

        Assert.False(await gate.AdmitAsync(TestContext.Current.CancellationToken));
        Assert.Equal(SessionVerdict.RolesRemoved, Ending(scope));
        var user = await CircuitUserAsync(scope);
        Assert.True(user.IsInRole("Specialist"));
        Assert.False(user.IsInRole("Supervisor"));
    }

    [Fact]
    public async Task An_added_role_lets_the_page_go_on_with_the_new_role()
    {
        await NewUserAsync(factory, "gate.added@test.kz", "Specialist");
        var (scope, gate, _) = await CircuitOfAsync("gate.added@test.kz");
        await using var _ = scope;

        var form = UserForm.From(await RowAsync(factory, "gate.added@test.kz"));
        form.Roles = ["Specialist", "Supervisor"];
        await AdminAsync(factory, admin => admin.UpdateAsync(form, "admin"));

        Assert.True(await gate.AdmitAsync(TestContext.Current.CancellationToken));
        Assert.Null(Ending(scope));
        Assert.True((await CircuitUserAsync(scope)).IsInRole("Supervisor"));
    }

    [Fact]
    public async Task Signing_out_in_another_window_stops_this_one()
    {
        await NewUserAsync(factory, "gate.signout@test.kz", "Specialist");
        var (scope, gate, key) = await CircuitOfAsync("gate.signout@test.kz");
        await using var _ = scope;

        await scope.ServiceProvider.GetRequiredService<SessionTicketStore>().RemoveAsync(key);

        Assert.False(await gate.AdmitAsync(TestContext.Current.CancellationToken));
        Assert.Equal(SessionVerdict.SignedOut, Ending(scope));
    }

    /// <summary>The price of the gate: one query by user id per inbound message (counted on this test's own flow), and its
    /// time, which goes to the test output (bounded only loosely: the machine may be busy with other tests).</summary>
    [Fact]
    public async Task One_check_is_one_small_query()
    {
        await NewUserAsync(factory, "gate.cost@test.kz", "Operator", "Specialist");
        var (scope, gate, _) = await CircuitOfAsync("gate.cost@test.kz");
        await using var _ = scope;
        for (var i = 0; i < 50; i++) await gate.AdmitAsync(TestContext.Current.CancellationToken); // warm-up: the query's compilation

        const int checks = 500;
        using var commands = new CommandCounter();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < checks; i++) Assert.True(await gate.AdmitAsync(TestContext.Current.CancellationToken));
        watch.Stop();

        var perCheck = watch.Elapsed.TotalMilliseconds / checks;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"circuit session check: {perCheck:0.000} ms each over {checks} checks (SQLite), {commands.Selects} SELECTs");
        Assert.Equal(checks, commands.Selects);
        Assert.True(perCheck < 250, $"{perCheck:0.000} ms per check");
    }

    /// <summary>Counts the SQL SELECTs EF runs on the calling test's own async flow (other tests share the process).</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly AsyncLocal<CommandCounter?> Current = new();
        private readonly List<IDisposable> subscriptions = [];
        private readonly IDisposable all;
        private int selects;

        public CommandCounter()
        {
            Current.Value = this;
            all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Selects => Volatile.Read(ref selects);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.EntityFrameworkCore")
                lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (Current.Value == this && e.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData executed
                && executed.Command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
                Interlocked.Increment(ref selects);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            Current.Value = null;
            all.Dispose();
            lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
        }
    }
}
