using GosZakup.Console.Web.Features.MailTemplates;
using GosZakup.Console.Web.Localization;

namespace GosZakup.Console.Web.Tests;

/// <summary>The built-in wording of every notice, in Kazakh and Russian, is one an Admin could have saved.</summary>
public class MailTemplateCatalogueTests
{
    public static TheoryData<string, string> KindsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in MailTemplateCatalogue.All)
        {
            data.Add(kind.Kind, Cultures.Kazakh);
            data.Add(kind.Kind, Cultures.Russian);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void The_built_in_wording_is_present_and_uses_only_its_kinds_placeholders(string kindName, string culture)
    {
        var kind = MailTemplateCatalogue.Find(kindName)!;

        var wording = TemplatedMail.Default(kind, culture);

        Assert.NotEqual(kind.SubjectKey, wording.Subject); // the key itself comes back when the resource is missing
        Assert.NotEqual(kind.BodyKey, wording.Body);
        Assert.False(string.IsNullOrWhiteSpace(wording.Subject));
        Assert.False(string.IsNullOrWhiteSpace(wording.Body));
        Assert.Empty(MailTemplateText.Unknown(wording.Subject, kind));
        Assert.Empty(MailTemplateText.Unknown(wording.Body, kind));
        // Every notice names what it is about: the incident's number, or for new deadlines their source (incident or works).
        Assert.Contains(kind.Placeholders.Contains("number") ? "{number}" : "{source}", wording.Subject + wording.Body);
        // What the Admin's editor would accept, so restoring and saving again never fails.
        Assert.True(wording.Subject.Length <= MailTemplateAdmin.MaxSubjectLength && wording.Body.Length <= MailTemplateAdmin.MaxBodyLength);
        Assert.DoesNotContain("\n", wording.Subject);
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void The_built_in_wording_is_in_its_own_language_not_the_english_fallback(string kindName, string culture)
    {
        var kind = MailTemplateCatalogue.Find(kindName)!;

        var wording = TemplatedMail.Default(kind, culture);

        var english = TemplatedMail.Default(kind, "en-US");
        Assert.NotEqual(english.Body, wording.Body);
        Assert.Contains(wording.Body, c => c is >= 'а' and <= 'я' or 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ' or 'і');
    }

    [Fact]
    public void Every_kind_has_a_distinct_name_and_resource_prefix()
    {
        Assert.Equal(MailTemplateCatalogue.All.Count, MailTemplateCatalogue.All.Select(k => k.Kind).Distinct().Count());
        Assert.Equal(MailTemplateCatalogue.All.Count, MailTemplateCatalogue.All.Select(k => k.ResourcePrefix).Distinct().Count());
        Assert.All(MailTemplateCatalogue.All, k => Assert.True(k.Kind.Length <= 40, k.Kind)); // the Kind column
    }
}
