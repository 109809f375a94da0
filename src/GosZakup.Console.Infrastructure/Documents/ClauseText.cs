using GosZakup.Console.Domain.Obligations;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>A clause code in the Kazakh and Russian the documents print: "Қағидалардың 7-тармағы" / "п. 7 Правил", in the
/// style of the pages (<c>ClauseLabels</c> in the web app); the forms carry their own wording, so their words live here.</summary>
public static class ClauseText
{
    public static BilingualText Of(string? code) => new(Format(code, Kazakh), Format(code, Russian));

    private static string Format(string? code, Func<ClauseGroup, string> word) =>
        string.Join(", ", ClauseCitation.Parse(code).Select(word));

    private static string Kazakh(ClauseGroup g) => g.Document switch
    {
        "R2" => $"Қағидалардың {string.Join(", ", g.Items)}-{(g.IsSingle ? "тармағы" : "тармақтары")}",
        "R1" => $"Порталды пайдалану қағидаларының {string.Join(", ", g.Items)}-{(g.IsSingle ? "тармағы" : "тармақтары")}",
        "Form" => $"{g.Items[0]} нысаны",
        _ => g.Items[0],
    };

    private static string Russian(ClauseGroup g) => g.Document switch
    {
        "R2" => $"{(g.IsSingle ? "п." : "пп.")} {string.Join(", ", g.Items)} Правил",
        "R1" => $"{(g.IsSingle ? "п." : "пп.")} {string.Join(", ", g.Items)} Правил пользования порталом",
        "Form" => $"форма {g.Items[0]}",
        _ => g.Items[0],
    };
}
