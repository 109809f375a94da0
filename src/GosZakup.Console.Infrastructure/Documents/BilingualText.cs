namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>A caption or a value in both languages: the console's documents carry Kazakh and Russian together.</summary>
public sealed record BilingualText(string Kazakh, string Russian)
{
    public string Both => Kazakh == Russian ? Kazakh : $"{Kazakh} / {Russian}";

    /// <summary>The same text in both languages: a name, a number, an address.</summary>
    public static BilingualText Same(string text) => new(text, text);
}
