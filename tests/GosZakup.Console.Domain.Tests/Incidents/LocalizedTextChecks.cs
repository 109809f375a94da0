using GosZakup.Console.Domain.Calendar;

namespace GosZakup.Console.Domain.Tests.Incidents;

/// <summary>What every text of the Rules' catalogues must satisfy, in all three languages.</summary>
public static class LocalizedTextChecks
{
    public const string KazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    public static void AssertComplete(LocalizedText text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text.Kk), "Kazakh text missing");
        Assert.False(string.IsNullOrWhiteSpace(text.Ru), "Russian text missing");
        Assert.False(string.IsNullOrWhiteSpace(text.En), "English text missing");
    }

    /// <summary>R1 §12: Kazakh and Russian text do not mix in Latin letters (a Latin "i" or "h" passing for "і" or "һ").</summary>
    public static void AssertNoLatinLetters(LocalizedText text)
    {
        Assert.True(!text.Kk.Any(char.IsAsciiLetter), $"Latin letters in Kazakh: {text.Kk}");
        Assert.True(!text.Ru.Any(char.IsAsciiLetter), $"Latin letters in Russian: {text.Ru}");
    }

    public static bool HasKazakhLetter(string text) => text.Any(KazakhLetters.Contains);
}
