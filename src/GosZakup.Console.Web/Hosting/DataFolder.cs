namespace GosZakup.Console.Web.Hosting;

/// <summary>Where the console keeps its files (SQLite database, later uploads and demo certificates):
/// <c>Storage:DataFolder</c>, relative to the content root unless absolute.</summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration config, IHostEnvironment env)
    {
        var configured = config["Storage:DataFolder"];
        var folder = Path.GetFullPath(Path.Combine(env.ContentRootPath, string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
