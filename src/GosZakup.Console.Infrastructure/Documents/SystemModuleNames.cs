namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The System's modules named in both languages. The registry and the Acts keep a module by its Russian name, as
/// the portal's open data gives it; the Kazakh text of a form names it in Kazakh, because Kazakh and Russian text must not
/// mix (R1 §12). A module not listed here keeps its own name on both sides.</summary>
public static class SystemModuleNames
{
    private static readonly Dictionary<string, string> Kazakh = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Конкурс"] = "Конкурс",
        ["Аукцион"] = "Аукцион",
        ["Запрос ценовых предложений"] = "Баға ұсыныстарын сұрату",
        ["Из одного источника"] = "Бір көзден алу",
    };

    public static BilingualText Of(string module) => new(Kazakh.GetValueOrDefault(module.Trim(), module), module);
}
