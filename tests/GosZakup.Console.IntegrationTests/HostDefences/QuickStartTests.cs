namespace GosZakup.Console.IntegrationTests.HostDefences;

/// <summary>The README's quick start, <c>dotnet run --project src/GosZakup.Console.Web</c> with no environment named,
/// still opens Development (its demo data is then seeded by <c>appsettings.Development.json</c>, which
/// <see cref="ConsoleFactory"/> exercises; here the seeding is switched off to keep the start short).</summary>
public class QuickStartTests
{
    [Fact]
    public async Task A_plain_dotnet_run_without_an_environment_starts_in_Development()
    {
        await using var console = await ConsoleProcess.RunAsync(new Dictionary<string, string>(), "--Demo:Seed=false");

        Assert.Equal("Development", console.EnvironmentName);
    }
}
