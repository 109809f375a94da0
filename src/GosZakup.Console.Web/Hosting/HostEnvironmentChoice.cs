namespace GosZakup.Console.Web.Hosting;

/// <summary>Which environment the host starts in. <c>dotnet run</c> applies the launch profile's variables over the
/// caller's own, so a profile that set <c>ASPNETCORE_ENVIRONMENT</c> turned an explicit Production start into
/// Development (demo users, a demo CA with its private key). The profile sets <see cref="DefaultVariable"/> instead,
/// applied only when the caller chose no environment.</summary>
public static class HostEnvironmentChoice
{
    public const string DefaultVariable = "GOSZAKUP_DEFAULT_ENVIRONMENT";

    public static WebApplicationOptions Options(string[] args) =>
        new() { Args = args, EnvironmentName = DefaultToApply(Environment.GetEnvironmentVariable, args) };

    /// <summary>The project's default environment, or null when the caller named one (either variable, or
    /// <c>--environment</c> on the command line) or no default is set: then the host's own rules decide.</summary>
    public static string? DefaultToApply(Func<string, string?> variable, IReadOnlyList<string> args)
    {
        if (!string.IsNullOrWhiteSpace(variable("ASPNETCORE_ENVIRONMENT")) || !string.IsNullOrWhiteSpace(variable("DOTNET_ENVIRONMENT")))
            return null;
        if (args.Any(NamesEnvironment)) return null;
        var fallback = variable(DefaultVariable);
        return string.IsNullOrWhiteSpace(fallback) ? null : fallback.Trim();
    }

    private static bool NamesEnvironment(string arg)
    {
        if (!arg.StartsWith('-') && !arg.StartsWith('/')) return false;
        var name = arg.TrimStart('-', '/');
        return name.Equals("environment", StringComparison.OrdinalIgnoreCase) || name.StartsWith("environment=", StringComparison.OrdinalIgnoreCase);
    }
}
