using System.Text.Json;
using System.Xml.Linq;

namespace GosZakup.Console.IntegrationTests.Licences;

/// <summary>A package NuGet resolved for some project of the solution (direct or transitive), with the licence its
/// nuspec in the global packages folder declares, and the projects it was resolved for.</summary>
public sealed record ResolvedPackage(string Id, string Version, string Licence, IReadOnlyList<string> UsedBy);

/// <summary>Every package in the <c>obj/project.assets.json</c> of the solution's projects (those restored on this
/// machine: CI restores all of them).</summary>
public static class ResolvedPackages
{
    public static IReadOnlyList<string> AssetFiles() =>
        new[] { "src", "tests" }
            .SelectMany(top => Directory.EnumerateDirectories(Path.Combine(Repository.Root, top)))
            .Select(project => Path.Combine(project, "obj", "project.assets.json"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<ResolvedPackage> All()
    {
        var found = new Dictionary<(string Id, string Version), (string Folder, SortedSet<string> UsedBy)>();
        foreach (var file in AssetFiles())
        {
            using var assets = JsonDocument.Parse(File.ReadAllText(file));
            var root = assets.RootElement;
            var project = root.GetProperty("project").GetProperty("restore").GetProperty("projectName").GetString()!;
            var packagesFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
            foreach (var library in root.GetProperty("libraries").EnumerateObject())
            {
                if (library.Value.GetProperty("type").GetString() != "package") continue;
                var (id, version) = Split(library.Name);
                var folder = Path.Combine(packagesFolder, library.Value.GetProperty("path").GetString()!);
                if (!found.TryGetValue((id, version), out var entry))
                    found[(id, version)] = entry = (folder, new SortedSet<string>(StringComparer.Ordinal));
                entry.UsedBy.Add(project);
            }
        }
        return found
            .Select(p => new ResolvedPackage(p.Key.Id, p.Key.Version, LicenceOf(p.Value.Folder), p.Value.UsedBy.ToList()))
            .OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static (string Id, string Version) Split(string name)
    {
        var slash = name.IndexOf('/');
        return (name[..slash], name[(slash + 1)..]);
    }

    /// <summary>The SPDX expression when the nuspec gives one; for a licence file, what the file says it is (a file
    /// is read, not trusted by name); for an old package with a licence URL only, the URL.</summary>
    private static string LicenceOf(string packageFolder)
    {
        var nuspec = Directory.EnumerateFiles(packageFolder, "*.nuspec").Single();
        var metadata = XDocument.Load(nuspec).Root!.Elements().First(e => e.Name.LocalName == "metadata");
        var license = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "license");
        if (license is not null && (string?)license.Attribute("type") == "expression") return license.Value.Trim();
        if (license is not null && (string?)license.Attribute("type") == "file")
            return $"file {license.Value.Trim()}: {CopyleftText.Classify(File.ReadAllText(Path.Combine(packageFolder, license.Value.Trim())))}";
        var url = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "licenseUrl")?.Value.Trim();
        return string.IsNullOrEmpty(url) ? "none declared" : $"url {url}";
    }
}
