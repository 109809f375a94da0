using System.Collections;
using System.Globalization;
using System.Resources;
using GosZakup.Console.Web.Resources;

namespace GosZakup.Console.Web.Tests;

public class ResourceTests
{
    private static readonly ResourceManager Strings = new(typeof(SharedResource));

    private static Dictionary<string, string> Load(string culture) =>
        Strings.GetResourceSet(culture == "" ? CultureInfo.InvariantCulture : new CultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Every_English_string_has_a_translation(string culture)
    {
        var english = Load("");
        var translated = Load(culture);

        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(english.Keys));
        Assert.DoesNotContain(translated, pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void A_translation_keeps_the_placeholders_of_the_English_string(string culture)
    {
        var english = Load("");
        var translated = Load(culture);

        foreach (var (key, text) in english)
            for (var i = 0; i < 4; i++)
                Assert.True(text.Contains($"{{{i}}}") == translated[key].Contains($"{{{i}}}"), $"{culture}:{key} placeholder {{{i}}}");
    }
}
