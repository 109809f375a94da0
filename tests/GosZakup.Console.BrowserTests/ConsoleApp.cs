using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(GosZakup.Console.BrowserTests.ConsoleApp))]

namespace GosZakup.Console.BrowserTests;

/// <summary>The real console on a real socket (Kestrel on 127.0.0.1, a free port), in Development so the
/// demo users are seeded, with its SQLite file in a fresh temporary folder. One instance for the whole
/// assembly: Hangfire keeps static global state.</summary>
public sealed class ConsoleApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("goszakup-browser-").FullName;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>When the demo data was seeded (at start): its incidents are registered on that Astana day.</summary>
    public DateTime SeededAtUtc { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataFolder", DataFolder);
        builder.UseSetting("Demo:Seed", "true");
        // Sign-in tests stand for different client addresses through X-Forwarded-For (BrowserSession.OpenAsync), and
        // the first wait is long enough to outlast a slow browser between two attempts.
        builder.UseSetting("ForwardedHeaders:Enabled", "true");
        builder.UseSetting("SignIn:Throttle:FirstDelay", "00:00:30");
    }

    public ValueTask InitializeAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        SeededAtUtc = DateTime.UtcNow;
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
        // Guard: the settings above must reach the app before it picks its data folder.
        if (!File.Exists(Path.Combine(DataFolder, "console.db")))
            throw new InvalidOperationException($"The console did not put its database in {DataFolder}.");
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the folder is in the temp directory anyway.
        }
    }
}
