using GosZakup.Console.Infrastructure.Persistence;

namespace GosZakup.Console.IntegrationTests.HostDefences;

/// <summary>What an operator does on a new server: <c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> on an empty data
/// folder, behind a TLS proxy (<c>ForwardedHeaders:Enabled</c>), with the first administrator from configuration, and
/// (by mistake) the demo settings switched on, which Production must ignore.</summary>
public sealed class ProductionStart : IAsyncLifetime
{
    public const string AdminEmail = "admin@console.test";
    public const string AdminPassword = "Prod-Start-2026!";

    public ConsoleProcess Console { get; private set; } = default!;

    public async ValueTask InitializeAsync() =>
        Console = await ConsoleProcess.RunAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            "--ForwardedHeaders:Enabled=true", $"--Bootstrap:AdminEmail={AdminEmail}", $"--Bootstrap:AdminPassword={AdminPassword}",
            "--Demo:Seed=true", "--Signing:DemoAuthority=true");

    public AppDbContext NewDb() => DatabaseRegistration.CreateStandalone(DatabaseSettings.SqliteIn(Console.DataFolder));

    public async ValueTask DisposeAsync()
    {
        if (Console is not null) await Console.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
