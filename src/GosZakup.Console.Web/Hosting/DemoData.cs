namespace GosZakup.Console.Web.Hosting;

/// <summary>The demo data set lives in the repository's <c>assets/demo</c>, copied beside the app at build.</summary>
public static class DemoData
{
    public static bool IsOn(IHostEnvironment env, IConfiguration config) =>
        env.IsDevelopment() && config.GetValue("Demo:Seed", false);

    public static string PathOf(IHostEnvironment env, string name)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "assets", "demo", name);
        return File.Exists(beside) ? beside : Path.GetFullPath(Path.Combine(env.ContentRootPath, "..", "..", "assets", "demo", name));
    }
}
