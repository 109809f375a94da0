using GosZakup.Console.Domain.Incidents;
using static GosZakup.Console.Domain.Tests.Incidents.LocalizedTextChecks;

namespace GosZakup.Console.Domain.Tests.Incidents;

public class FailureCauseCatalogueTests
{
    [Fact]
    public void R2_4_lists_ten_causes_three_of_them_operator_related()
    {
        Assert.Equal(10, FailureCauseCatalogue.All.Count);
        Assert.Equal(3, FailureCauseCatalogue.OperatorRelated.Count);
        Assert.Equal(7, FailureCauseCatalogue.NotOperatorRelated.Count);
    }

    [Fact]
    public void The_operator_related_causes_are_those_of_R2_4_1()
    {
        Assert.Equal(["operator-unlawful-actions", "operator-infosec", "operator-physical-damage"], FailureCauseCatalogue.OperatorRelated.Select(c => c.Code));
        Assert.All(FailureCauseCatalogue.OperatorRelated, c => Assert.StartsWith("R2 §4.1.", c.Clause));
        Assert.All(FailureCauseCatalogue.NotOperatorRelated, c => Assert.StartsWith("R2 §4.2.", c.Clause));
    }

    [Fact]
    public void Codes_and_clauses_are_unique()
    {
        Assert.Distinct(FailureCauseCatalogue.All.Select(c => c.Code));
        Assert.Distinct(FailureCauseCatalogue.All.Select(c => c.Clause));
    }

    [Theory]
    [InlineData("operator-unlawful-actions", "R2 §4.1.1", true)]
    [InlineData("operator-infosec", "R2 §4.1.2", true)]
    [InlineData("operator-physical-damage", "R2 §4.1.3", true)]
    [InlineData("third-party-damage", "R2 §4.2.1", false)]
    [InlineData("external-attack", "R2 §4.2.2", false)]
    [InlineData("user-network-power", "R2 §4.2.3", false)]
    [InlineData("user-computer-limits", "R2 §4.2.4", false)]
    [InlineData("user-malware", "R2 §4.2.5", false)]
    [InlineData("user-procedures", "R2 §4.2.6", false)]
    [InlineData("user-eds-key", "R2 §4.2.7", false)]
    public void A_cause_is_found_by_its_stable_code(string code, string clause, bool operatorRelated)
    {
        var cause = FailureCauseCatalogue.Find(code);

        Assert.NotNull(cause);
        Assert.Equal(clause, cause.Clause);
        Assert.Equal(operatorRelated, cause.IsOperatorRelated);
    }

    [Theory]
    [InlineData("Operator-Infosec")]
    [InlineData("user-hardware")]
    [InlineData("")]
    public void An_unknown_code_finds_nothing(string code) => Assert.Null(FailureCauseCatalogue.Find(code));

    [Fact]
    public void Every_title_and_explanation_is_written_in_three_languages()
    {
        Assert.All(FailureCauseCatalogue.All, c => AssertComplete(c.Title));
        Assert.All(FailureCauseCatalogue.All, c => AssertComplete(c.Explanation));
    }

    [Fact]
    public void Kazakh_and_Russian_texts_carry_no_Latin_letters()
    {
        Assert.All(FailureCauseCatalogue.All, c => AssertNoLatinLetters(c.Title));
        Assert.All(FailureCauseCatalogue.All, c => AssertNoLatinLetters(c.Explanation));
    }

    [Fact]
    public void Kazakh_texts_are_written_with_Kazakh_letters()
    {
        Assert.All(FailureCauseCatalogue.All, c => Assert.True(HasKazakhLetter(c.Title.Kk), c.Title.Kk));
        Assert.All(FailureCauseCatalogue.All, c => Assert.True(HasKazakhLetter(c.Explanation.Kk), c.Explanation.Kk));
    }

    [Fact]
    public void The_three_languages_differ()
    {
        Assert.All(FailureCauseCatalogue.All, c => Assert.Equal(3, new[] { c.Title.Kk, c.Title.Ru, c.Title.En }.Distinct().Count()));
    }
}
