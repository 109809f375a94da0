using GosZakup.Console.Domain.Incidents;
using static GosZakup.Console.Domain.Incidents.SeverityQuestion;
using static GosZakup.Console.Domain.Tests.Incidents.LocalizedTextChecks;

namespace GosZakup.Console.Domain.Tests.Incidents;

public class SeverityWizardTests
{
    /// <summary>Every combination of the two answers (yes, no, unanswered). Rows: everyone blocked by a module
    /// outage, participants blocked or work voided, level, deciding question, question still to ask.</summary>
    public static TheoryData<bool?, bool?, Severity?, SeverityQuestion?, SeverityQuestion?> AnswerCases => new()
    {
        { null, null, null, null, AllUsersBlocked },
        { null, true, null, null, AllUsersBlocked },
        { null, false, null, null, AllUsersBlocked },
        { true, null, Severity.High, AllUsersBlocked, null },
        { true, true, Severity.High, AllUsersBlocked, null },
        { true, false, Severity.High, AllUsersBlocked, null },
        { false, null, null, null, AffectedParticipantsCouldNotTakePart },
        { false, true, Severity.Medium, AffectedParticipantsCouldNotTakePart, null },
        { false, false, Severity.Low, AffectedParticipantsCouldNotTakePart, null },
    };

    [Theory]
    [MemberData(nameof(AnswerCases))]
    public void The_answers_map_to_the_levels_of_R2_13(bool? allBlocked, bool? someBlocked, Severity? level, SeverityQuestion? decidedBy,
        SeverityQuestion? next)
    {
        var answers = new SeverityAnswers(allBlocked, someBlocked);

        var assessment = SeverityWizard.Assess(answers);

        Assert.Equal(level, assessment.Level);
        Assert.Equal(decidedBy, assessment.DecidedBy);
        Assert.Equal(next, assessment.NextQuestion);
        Assert.Equal(level, SeverityWizard.Level(answers));
        Assert.Equal(decidedBy, SeverityWizard.DecidingQuestion(answers));
        Assert.Equal(next, SeverityWizard.NextQuestion(answers));
    }

    [Fact]
    public void A_participant_blocked_is_not_yet_medium_while_the_first_question_is_open()
    {
        Assert.Null(SeverityWizard.Level(new SeverityAnswers(AffectedParticipantsCouldNotTakePart: true)));
    }

    [Theory]
    [InlineData(true, null, "severity.why.high", "R2 §13.3")]
    [InlineData(false, true, "severity.why.medium", "R2 §13.2")]
    [InlineData(false, false, "severity.why.low", "R2 §13.1")]
    public void The_level_comes_with_why_citing_R2_13(bool allBlocked, bool? someBlocked, string key, string clause)
    {
        var why = SeverityWizard.Assess(new SeverityAnswers(allBlocked, someBlocked)).Why;

        Assert.NotNull(why);
        Assert.Equal(key, why.Key);
        Assert.Equal(clause, why.Clause);
        Assert.Contains(clause, why.Text.En);
        Assert.Contains("13", why.Text.Kk);
        Assert.Contains("13", why.Text.Ru);
    }

    [Fact]
    public void There_is_no_why_while_the_level_is_undecided()
    {
        Assert.Null(SeverityWizard.Assess(new SeverityAnswers(false, null)).Why);
    }

    [Fact]
    public void The_higher_level_is_asked_first()
    {
        Assert.Equal([AllUsersBlocked, AffectedParticipantsCouldNotTakePart], SeverityWizard.Questions);
        Assert.Equal("R2 §13.3", SeverityWizard.Question(AllUsersBlocked).Clause);
        Assert.Equal("R2 §13.2", SeverityWizard.Question(AffectedParticipantsCouldNotTakePart).Clause);
    }

    [Fact]
    public void Every_question_and_explanation_is_written_in_three_languages_without_mixed_scripts()
    {
        var texts = SeverityWizard.Questions.Select(SeverityWizard.Question)
            .Concat(Enum.GetValues<Severity>().Select(SeverityWizard.Explanation)).ToList();

        Assert.All(texts, t => AssertComplete(t.Text));
        Assert.All(texts, t => AssertNoLatinLetters(t.Text));
        Assert.All(texts, t => Assert.True(HasKazakhLetter(t.Text.Kk), t.Key));
        Assert.Distinct(texts.Select(t => t.Key));
    }
}
