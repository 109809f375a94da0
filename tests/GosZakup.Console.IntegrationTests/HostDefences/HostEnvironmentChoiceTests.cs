using GosZakup.Console.Web.Hosting;

namespace GosZakup.Console.IntegrationTests.HostDefences;

/// <summary><c>dotnet run</c> puts the launch profile's variables over the caller's; the profile therefore sets only
/// the project's default, which must never beat an environment the caller chose.</summary>
public class HostEnvironmentChoiceTests
{
    public static TheoryData<string, string[], string?, string?> Cases() => new()
    {
        // why, variables (NAME=value), arguments joined by spaces, the environment Program.cs applies (null: the host's own rules)
        { "the README's plain dotnet run: the profile's default", ["GOSZAKUP_DEFAULT_ENVIRONMENT=Development"], "", "Development" },
        { "ASPNETCORE_ENVIRONMENT=Production wins over the profile", ["GOSZAKUP_DEFAULT_ENVIRONMENT=Development", "ASPNETCORE_ENVIRONMENT=Production"], "",
            null },
        { "DOTNET_ENVIRONMENT=Production wins over the profile", ["GOSZAKUP_DEFAULT_ENVIRONMENT=Development", "DOTNET_ENVIRONMENT=Production"], "", null },
        { "--environment on the command line wins", ["GOSZAKUP_DEFAULT_ENVIRONMENT=Development"], "--environment Production", null },
        { "--environment=Staging wins", ["GOSZAKUP_DEFAULT_ENVIRONMENT=Development"], "--environment=Staging", null },
        { "an argument merely containing the word does not", ["GOSZAKUP_DEFAULT_ENVIRONMENT=Development"], "--Storage:DataFolder environment-data",
            "Development" },
        { "the published app (no profile): Production by the host's rules", [], "", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_explicit_environment_always_beats_the_launch_profile_default(string why, string[] variables, string? args, string? applied)
    {
        var set = variables.Select(v => v.Split('=', 2)).ToDictionary(v => v[0], v => v[1]);

        var chosen = HostEnvironmentChoice.DefaultToApply(name => set.GetValueOrDefault(name), (args ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.True(applied == chosen, $"{why}: expected {applied ?? "(none)"}, got {chosen ?? "(none)"}");
    }

    [Fact]
    public void The_launch_profile_no_longer_sets_the_environment_itself()
    {
        var profile = File.ReadAllText(Path.Combine(Repository.Root, "src/GosZakup.Console.Web/Properties/launchSettings.json"));

        Assert.DoesNotContain("ASPNETCORE_ENVIRONMENT", profile);
        Assert.DoesNotContain("DOTNET_ENVIRONMENT", profile);
        Assert.Contains($"\"{HostEnvironmentChoice.DefaultVariable}\": \"Development\"", profile);
    }
}
