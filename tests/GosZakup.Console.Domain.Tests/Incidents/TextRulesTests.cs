using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Domain.Tests.Incidents;

/// <summary>The one rule every free-text field of the console applies, form and API alike.</summary>
public class TextRulesTests
{
    [Theory]
    [InlineData("plain Russian and Kazakh", "Портал не отвечает, өтінім жіберілмеді", TextFault.None)]
    [InlineData("new lines and a tab in multi-line text", "шаг 1\r\n\tшаг 2", TextFault.None)]
    [InlineData("an emoji (a surrogate pair)", "не работает 🙁", TextFault.None)]
    [InlineData("a zero-width joiner inside visible text", "ӘДІЛЕТ\u200Dтест", TextFault.None)]
    [InlineData("ordinary spaces only: not given", "   ", TextFault.None)]
    [InlineData("a NUL", "abc\0def", TextFault.ControlCharacter)]
    [InlineData("a bell", "abc\u0007", TextFault.ControlCharacter)]
    [InlineData("a C1 control (CSI)", "abc\u009B", TextFault.ControlCharacter)]
    [InlineData("the non-character U+FFFF", "abc\uFFFF", TextFault.ControlCharacter)]
    [InlineData("a right-to-left override", "invoice\u202Efdp.exe", TextFault.DirectionControl)]
    [InlineData("a left-to-right embedding", "\u202Aabc", TextFault.DirectionControl)]
    [InlineData("a first-strong isolate", "abc\u2068def\u2069", TextFault.DirectionControl)]
    [InlineData("only zero-width spaces", "\u200B\u200B", TextFault.OnlyInvisible)]
    [InlineData("only a word joiner and a BOM", "\u2060\uFEFF", TextFault.OnlyInvisible)]
    [InlineData("only Hangul fillers", "\u3164\u115F\uFFA0", TextFault.OnlyInvisible)]
    [InlineData("only a braille blank and combining marks", "\u2800\u0301\u0301", TextFault.OnlyInvisible)]
    [InlineData("a script tag", "<script>alert(1)</script>", TextFault.Markup)]
    [InlineData("a javascript: link", "JavaScript:alert(1)", TextFault.Markup)]
    public void A_text_gets_its_first_fault(string why, string text, TextFault fault)
    {
        Assert.True(fault == TextRules.Inspect(text), $"{why}: {TextRules.Inspect(text)}");
    }

    /// <summary>A fact, not theory rows: a test runner's serialisation would turn a lone surrogate into U+FFFD.</summary>
    [Fact]
    public void A_lone_surrogate_is_a_control_character()
    {
        Assert.Equal(TextFault.ControlCharacter, TextRules.Inspect("abc\uD800def"));
        Assert.Equal(TextFault.ControlCharacter, TextRules.Inspect("abc\uDC00"));
    }

    [Fact]
    public void A_single_line_field_refuses_new_lines_and_tabs()
    {
        Assert.Equal(TextFault.ControlCharacter, TextRules.Inspect("ТОО\nАқ Жол", multiLine: false));
        Assert.Equal(TextFault.ControlCharacter, TextRules.Inspect("ТОО\tАқ Жол", multiLine: false));
    }

    [Fact]
    public void The_length_counts_the_text_as_stored_without_outer_spaces()
    {
        Assert.Equal(TextFault.None, TextRules.Inspect("  abc  ", maxLength: 3));
        Assert.Equal(TextFault.TooLong, TextRules.Inspect("abcd", maxLength: 3));
    }
}
