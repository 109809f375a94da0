using System.Globalization;
using GosZakup.Console.Domain.Amounts;

namespace GosZakup.Console.Domain.Tests.Amounts;

/// <summary>Amounts in the Kazakhstan format, written here with plain spaces for reading: the formatter puts a narrow
/// no-break space between groups and a no-break space before the tenge sign.</summary>
public class MoneyCases
{
    public static TheoryData<string, decimal, string> Formatted => new()
    {
        { "the issue's example", 1_480_000m, "1 480 000,00 ₸" },
        { "tiyn kept to two places", 1_500_000.5m, "1 500 000,50 ₸" },
        { "under a thousand has no separator", 999.99m, "999,99 ₸" },
        { "zero", 0m, "0,00 ₸" },
        { "a third of a tiyn rounds", 166_666.666m, "166 666,67 ₸" },
        { "half a tiyn rounds away from zero", 0.005m, "0,01 ₸" },
        { "billions", 12_345_678_901.23m, "12 345 678 901,23 ₸" },
        { "a refund written as negative", -2_500m, "-2 500,00 ₸" },
    };

    [Theory]
    [MemberData(nameof(Formatted))]
    public void Formats_as_Kazakhstan_writes_tenge(string why, decimal amount, string expected)
    {
        var formatted = Plain(Money.Format(amount));
        Assert.True(expected == formatted, $"{why}: {formatted}");
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("ru-RU")]
    [InlineData("kk-KZ")]
    [InlineData("de-DE")]
    public void The_ui_culture_changes_nothing(string culture)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal("1\u202F480\u202F000,00\u00A0₸", Money.Format(1_480_000m));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void A_line_never_breaks_inside_an_amount() =>
        Assert.DoesNotContain(' ', Money.Format(12_345_678.9m));

    [Fact]
    public void Figures_leave_out_the_sign_for_forms_that_name_the_currency_in_words() =>
        Assert.Equal("1 500 000,50", Plain(Money.Figures(1_500_000.5m)));

    [Fact]
    public void No_amount_shows_the_given_placeholder() =>
        Assert.Equal("—", Money.Format(null, "—"));

    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
