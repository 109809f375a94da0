using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Hosting;

namespace GosZakup.Console.IntegrationTests.HostDefences;

/// <summary>What an operator does on a new server: the built console with <c>ASPNETCORE_ENVIRONMENT=Production</c> on an
/// empty data folder, behind a TLS proxy (<c>ForwardedHeaders:Enabled</c>), with the first administrator from
/// configuration, and (by mistake) the demo settings switched on, which Production must ignore. The launch profile's
/// default (<c>GOSZAKUP_DEFAULT_ENVIRONMENT=Development</c>, what <c>dotnet run</c> adds) is set too, as under
/// <c>dotnet run</c>; the built dll is started instead of <c>dotnet run</c> to spare an MSBuild evaluation
/// (<see cref="QuickStartTests"/> keeps the one test of <c>dotnet run</c> itself).</summary>
public sealed class ProductionStart : IAsyncLifetime
{
    public const string AdminEmail = "admin@console.test";
    public const string AdminPassword = "Prod-Start-2026!";

    private readonly string dataFolder = Directory.CreateTempSubdirectory("goszakup-production-").FullName;

    public ConsoleProcess Console { get; private set; } = default!;

    public async ValueTask InitializeAsync() =>
        Console = await ConsoleProcess.StartBuiltAsync(dataFolder,
            new Dictionary<string, string>
            {
                ["Jobs:WorkerCount"] = "1", ["ForwardedHeaders:Enabled"] = "true", ["Bootstrap:AdminEmail"] = AdminEmail,
                ["Bootstrap:AdminPassword"] = AdminPassword, ["Demo:Seed"] = "true", ["Signing:DemoAuthority"] = "true",
            },
            CancellationToken.None,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", [HostEnvironmentChoice.DefaultVariable] = "Development" });

    public AppDbContext NewDb() => DatabaseRegistration.CreateStandalone(DatabaseSettings.SqliteIn(Console.DataFolder));

    public async ValueTask DisposeAsync()
    {
        if (Console is not null) await Console.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
    }
}
