using GosZakup.Console.Infrastructure.Documents;

namespace GosZakup.Console.IntegrationTests.Documents;

public class AmountInWordsTests
{
    [Theory]
    [InlineData("0", "ноль тенге 00 тиын")]
    [InlineData("0.05", "ноль тенге 05 тиын")]
    [InlineData("1", "один тенге 00 тиын")]
    [InlineData("2.10", "два тенге 10 тиын")]
    [InlineData("21", "двадцать один тенге 00 тиын")]
    [InlineData("115", "сто пятнадцать тенге 00 тиын")]
    [InlineData("1000", "одна тысяча тенге 00 тиын")]
    [InlineData("2000", "две тысячи тенге 00 тиын")]
    [InlineData("21 345.99", "двадцать одна тысяча триста сорок пять тенге 99 тиын")]
    [InlineData("100 000", "сто тысяч тенге 00 тиын")]
    [InlineData("1 500 000.50", "один миллион пятьсот тысяч тенге 50 тиын")]
    [InlineData("2 000 001", "два миллиона один тенге 00 тиын")]
    [InlineData("1 000 000 000", "один миллиард тенге 00 тиын")]
    public void Russian(string amount, string words) => Assert.Equal(words, AmountInWords.Russian(Parse(amount)));

    [Theory]
    [InlineData("0", "нөл теңге 00 тиын")]
    [InlineData("0.05", "нөл теңге 05 тиын")]
    [InlineData("1", "бір теңге 00 тиын")]
    [InlineData("2.10", "екі теңге 10 тиын")]
    [InlineData("21", "жиырма бір теңге 00 тиын")]
    [InlineData("40", "қырық теңге 00 тиын")]
    [InlineData("115", "жүз он бес теңге 00 тиын")]
    [InlineData("999", "тоғыз жүз тоқсан тоғыз теңге 00 тиын")]
    [InlineData("1000", "бір мың теңге 00 тиын")]
    [InlineData("2000", "екі мың теңге 00 тиын")]
    [InlineData("21 345.99", "жиырма бір мың үш жүз қырық бес теңге 99 тиын")]
    [InlineData("100 000", "жүз мың теңге 00 тиын")]
    [InlineData("1 500 000.50", "бір миллион бес жүз мың теңге 50 тиын")]
    [InlineData("2 000 001", "екі миллион бір теңге 00 тиын")]
    [InlineData("60 070 080", "алпыс миллион жетпіс мың сексен теңге 00 тиын")]
    [InlineData("1 000 000 000", "бір миллиард теңге 00 тиын")]
    [InlineData("999 999 999 999.99",
        "тоғыз жүз тоқсан тоғыз миллиард тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз теңге 99 тиын")]
    public void Kazakh(string amount, string words) => Assert.Equal(words, AmountInWords.Kazakh(Parse(amount)));

    [Theory]
    [InlineData("0", "0,00")]
    [InlineData("7.5", "7,50")]
    [InlineData("999", "999,00")]
    [InlineData("1000", "1 000,00")]
    [InlineData("1 500 000.50", "1 500 000,50")]
    public void Figures_group_thousands_with_a_no_break_space(string amount, string figures) =>
        Assert.Equal(figures.Replace(' ', '\u202F'), AmountInWords.Figures(Parse(amount)));

    [Theory]
    [InlineData("-1")]
    [InlineData("0.001")]
    [InlineData("1 000 000 000 000")]
    public void Amounts_no_form_can_hold_are_refused(string amount) =>
        Assert.ThrowsAny<ArgumentException>(() => AmountInWords.Kazakh(Parse(amount)));

    private static decimal Parse(string amount) => decimal.Parse(amount.Replace(" ", ""), System.Globalization.CultureInfo.InvariantCulture);
}
