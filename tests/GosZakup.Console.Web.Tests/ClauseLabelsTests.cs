using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Bunit;
using GosZakup.Console.Web.Components.Shared;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Tests;

/// <summary>Clause citations in one style a reader understands: "п. 7 Правил", "Қағидалардың 7-тармағы", "Rules §7".</summary>
public class ClauseLabelsTests : ConsoleTestContext
{
    public static TheoryData<string, string, string, string> Labels => new()
    {
        { "R2 §7", "Rules §7", "п. 7 Правил", "Қағидалардың 7-тармағы" },
        { "R2 §15.5", "Rules §15.5", "п. 15.5 Правил", "Қағидалардың 15.5-тармағы" },
        { "R2 §30-§31", "Rules §§30–31", "пп. 30–31 Правил", "Қағидалардың 30–31-тармақтары" },
        { "R2 §15.1, §16.1", "Rules §§15.1, 16.1", "пп. 15.1, 16.1 Правил", "Қағидалардың 15.1, 16.1-тармақтары" },
        { "R2 §25, R1 §13", "Rules §25, Portal Rules §13", "п. 25 Правил, п. 13 Правил пользования порталом",
            "Қағидалардың 25-тармағы, Порталды пайдалану қағидаларының 13-тармағы" },
        { "R2 §15.2, §16.3, §24; R1 §11, §13-§14", "Rules §§15.2, 16.3, 24, Portal Rules §§11, 13–14",
            "пп. 15.2, 16.3, 24 Правил, пп. 11, 13–14 Правил пользования порталом",
            "Қағидалардың 15.2, 16.3, 24-тармақтары, Порталды пайдалану қағидаларының 11, 13–14-тармақтары" },
        { "R2 §11, form F1", "Rules §11, form F1", "п. 11 Правил, форма F1", "Қағидалардың 11-тармағы, F1 нысаны" },
        { "R2 §7-§8, F1", "Rules §§7–8, form F1", "пп. 7–8 Правил, форма F1", "Қағидалардың 7–8-тармақтары, F1 нысаны" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void A_code_reads_in_each_language(string code, string english, string russian, string kazakh)
    {
        Assert.Equal(english, ClauseLabels.Format(code, new CultureInfo(Cultures.English)));
        Assert.Equal(russian, ClauseLabels.Format(code, new CultureInfo(Cultures.Russian)));
        Assert.Equal(kazakh, ClauseLabels.Format(code, new CultureInfo(Cultures.Kazakh)));
    }

    [Theory]
    [InlineData("R2 §7", true)]
    [InlineData("R2 §15.1, §16.1", true)]
    [InlineData("R1 §13, R2 §16.6", true)]
    [InlineData("INC-2026-000007", false)]
    [InlineData("20.11.2026 14:10", false)]
    [InlineData("see R2 §7", false)]
    public void Only_a_whole_code_counts_as_one(string text, bool expected) => Assert.Equal(expected, ClauseLabels.IsCode(text));

    [Fact]
    public void The_component_shows_the_words_and_names_the_documents_on_hover()
    {
        UseCulture(Cultures.Russian);

        var cut = Render<ClauseLabel>(p => p.Add(c => c.Code, "R2 §25, R1 §13"));

        var span = cut.Find(".clause-label");
        Assert.Equal("п. 25 Правил, п. 13 Правил пользования порталом", span.TextContent);
        Assert.Equal("R2 §25, R1 §13", span.GetAttribute("data-clause"));
        Assert.Contains("в случае технических сбоев", span.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains("Правила пользования веб-порталом", span.GetAttribute("title"), StringComparison.Ordinal);
    }

    /// <summary>The resources cite clauses in the same words the formatter gives, never as the code writes them.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("ru")]
    [InlineData("kk")]
    public void No_text_a_reader_sees_cites_a_clause_as_code(string culture)
    {
        var strings = new ResourceManager(typeof(SharedResource))
            .GetResourceSet(culture == "" ? CultureInfo.InvariantCulture : new CultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

        Assert.Empty(strings.Where(s => Regex.IsMatch(s.Value, @"R[12]\s*§")).Select(s => s.Key));
        if (culture != "") Assert.Empty(strings.Where(s => s.Value.Contains('§', StringComparison.Ordinal)).Select(s => s.Key));
    }
}
