using System.Text.RegularExpressions;

namespace GosZakup.Console.IntegrationTests.Licences;

/// <summary>Issue 18 §5: the console is MIT, so nothing it builds on may be GPL or AGPL (PDFsharp 6.5.0 was AGPL-3.0;
/// 6.2.4 is MIT). Every package restored for the solution, direct or transitive, is read from its nuspec.</summary>
public partial class DependencyLicenceTests
{
    [Fact]
    public void No_package_resolved_for_the_solution_is_GPL_or_AGPL()
    {
        var packages = ResolvedPackages.All();

        Assert.Contains(packages, p => p.Id == "PDFsharp"); // the check really read the web app's packages
        var bound = packages.Where(p => CopyleftText.BindsTheConsole(p.Licence))
            .Select(p => $"{p.Id} {p.Version} ({p.Licence}) in {string.Join(", ", p.UsedBy)}");
        Assert.Empty(bound);
    }

    [Fact]
    public void Every_resolved_package_is_listed_in_docs_licences()
    {
        var listed = DocumentedPackageIds();

        var missing = ResolvedPackages.All().Select(p => p.Id).Distinct().Where(id => !listed.Contains(id));

        Assert.Empty(missing);
    }

    [Fact]
    public void The_console_itself_is_MIT()
    {
        var licence = File.ReadAllLines(Path.Combine(Repository.Root, "LICENSE"));
        var props = File.ReadAllText(Path.Combine(Repository.Root, "Directory.Build.props"));

        Assert.Equal("MIT License", licence[0]);
        Assert.Contains("<PackageLicenseExpression>MIT</PackageLicenseExpression>", props);
    }

    [Theory]
    [InlineData("AGPL-3.0-only", true)] // PDFsharp 6.5.0
    [InlineData("GPL-3.0-or-later", true)]
    [InlineData("GPL-2.0-only AND MIT", true)]
    [InlineData("MIT", false)]
    [InlineData("Apache-2.0", false)]
    [InlineData("LGPL-3.0-only", false)]
    [InlineData("MPL-2.0", false)]
    [InlineData("MIT OR GPL-2.0-only", false)]
    [InlineData("(LGPL-2.1-only OR AGPL-3.0-only)", false)]
    [InlineData("url https://licenses.nuget.org/AGPL-3.0-only", true)]
    [InlineData("url http://www.gnu.org/licenses/lgpl-3.0.html", false)]
    [InlineData("file LICENSE.md: AGPL", true)]
    [InlineData("file LICENSE.md: LGPL", false)]
    public void A_licence_binds_the_console_only_when_every_choice_it_offers_is_GPL_or_AGPL(string licence, bool binds)
    {
        Assert.Equal(binds, CopyleftText.BindsTheConsole(licence));
    }

    [Fact]
    public void A_licence_file_is_read_for_what_it_says()
    {
        Assert.Equal("AGPL", CopyleftText.Classify("GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007"));
        Assert.Equal("LGPL", CopyleftText.Classify("under the terms of the GNU Lesser General Public License as published"));
        Assert.Equal("GPL", CopyleftText.Classify("GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991"));
        Assert.Equal("other", CopyleftText.Classify("Permission is hereby granted, free of charge"));
    }

    private static HashSet<string> DocumentedPackageIds()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "docs", "licences.md"));
        return TableRowId().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    // A package row of the tables in docs/licences.md: | `Id` | version | licence | where |
    [GeneratedRegex(@"^\| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRowId();
}
