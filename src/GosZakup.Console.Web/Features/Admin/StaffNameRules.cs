using GosZakup.Console.Web.Commands;

namespace GosZakup.Console.Web.Features.Admin;

/// <summary>A member of staff's full name in Kazakh or in Russian, as the forms print it (F1 names the employee who took an
/// appeal). Both languages are written in Cyrillic letters: R1 §12 forbids Latin letters in Kazakh and Russian words.</summary>
public static class StaffNameRules
{
    public const int MaxLength = 150;

    /// <summary>Between the parts of a name: "Нұрланқызы Айгерім", "Жақсыбеков-Әлиев", "Д'Артаньян", "А. Б. Ким".</summary>
    private static readonly char[] Separators = [' ', '-', '\'', '’', '.'];

    /// <summary>What is wrong with one name (missing, too long, or with letters that are not Cyrillic), or null.</summary>
    public static ResourceText? Check(string? name, string requiredKey, string labelKey)
    {
        var text = Tidy(name);
        if (text.Length == 0) return new(requiredKey);
        if (text.Length > MaxLength) return new("Users.NameTooLong", new ResourceText(labelKey), MaxLength);
        return IsCyrillic(text) ? null : new("Users.NameCyrillic", new ResourceText(labelKey));
    }

    /// <summary>Trimmed, with runs of spaces made one.</summary>
    public static string Tidy(string? name) =>
        string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Letters of the Cyrillic block only (Kazakh ә ғ қ ң ө ұ ү һ і are in it), at least two, parted by <see cref="Separators"/>.</summary>
    public static bool IsCyrillic(string text) =>
        text.All(c => (c is >= '\u0400' and <= '\u04FF' && char.IsLetter(c)) || Separators.Contains(c)) && text.Count(char.IsLetter) >= 2;
}
