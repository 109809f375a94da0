using System.Security.Claims;

namespace GosZakup.Console.Web.Hosting;

/// <summary>The demo data set lives in the repository's <c>assets/demo</c>, copied beside the app at build.</summary>
public static class DemoData
{
    public static bool IsOn(IHostEnvironment env, IConfiguration config) =>
        env.IsDevelopment() && config.GetValue("Demo:Seed", false);

    public static string PathOf(IHostEnvironment env, string name) => Path.Combine(AssetFolder(env, "demo"), name);

    /// <summary>A demo user acting in one role, for seeding through the real commands (and their checks).</summary>
    public static ClaimsPrincipal Person(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "demo-" + role), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)],
            "demo"));

    /// <summary>A folder of the repository's <c>assets</c>, as copied beside the app (or in the source tree).</summary>
    public static string AssetFolder(IHostEnvironment env, string folder)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "assets", folder);
        return Directory.Exists(beside) ? beside : Path.GetFullPath(Path.Combine(env.ContentRootPath, "..", "..", "assets", folder));
    }
}
