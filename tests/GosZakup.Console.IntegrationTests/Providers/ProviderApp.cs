using System.Security.Claims;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Hosting;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>The console's own services, registered by <see cref="ConsoleServices.AddConsoleServices"/> exactly as the app
/// registers them, on one test's database and a clock pinned to Friday 20 November 2026, 12:10 Astana time. The host is
/// built, never started: no web server, no Hangfire server, no start-up tasks.</summary>
public sealed class ProviderApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private ProviderApp(ProviderDatabase database, IReadOnlyDictionary<string, string?>? settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory, ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Settings.Provider.ToString(),
            ["Database:ConnectionString"] = database.Settings.ConnectionString,
            ["Storage:DataFolder"] = database.Folder,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddConsoleServices();
        // Commands that queue a job (an approved works plan queues its extensions) get a client on a storage of their own.
        // Resolving the app's client would run Hangfire's global configuration: the process-wide storage and log provider
        // would become this short-lived app's, breaking the other hosts and job servers of the test run.
        builder.Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(new InMemoryStorage()));
        app = builder.Build();
    }

    public static ProviderApp On(ProviderDatabase database, IReadOnlyDictionary<string, string?>? settings = null) => new(database, settings);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 7, 10, 0, TimeSpan.Zero));

    public IServiceProvider Services => app.Services;

    public AsyncServiceScope Scope() => app.Services.CreateAsyncScope();

    /// <summary>Runs one unit of work with a scoped service in a scope of its own, as one request would.</summary>
    public async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>A context of its own on the test's database, outside any scope, acting as the system.</summary>
    public AppDbContext NewDb() => DatabaseRegistration.CreateStandalone(app.Services.GetRequiredService<DatabaseSettings>(), Clock);

    public static ClaimsPrincipal Operator(string id = "op-1", string name = "operator@demo.kz") =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, "Operator")], "test"));

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
