using Microsoft.Playwright;

namespace GosZakup.Console.BrowserTests;

/// <summary>Typing as a person does: key by key at human speed, never setting a value directly.</summary>
public static class Typing
{
    public const int HumanDelayMs = 80;

    /// <summary>Clicks into the field, selects what it holds and types over it.</summary>
    public static async Task TypeOverAsync(this ILocator field, string text)
    {
        await field.ClickAsync();
        await Assertions.Expect(field).ToBeFocusedAsync(); // a person sees the caret in the field before selecting its text
        await field.PressAsync("Control+A");
        await field.PressSequentiallyAsync(text, new() { Delay = HumanDelayMs });
    }
}
