using GosZakup.Console.Domain.Identifiers;
using NodaTime;
using static GosZakup.Console.Domain.Tests.Identifiers.TestNumbers;

namespace GosZakup.Console.Domain.Tests.Identifiers;

public class TaxpayerNumberDecodingTests
{
    /// <summary>IINs: digits 1-6 YYMMDD, digit 7 century and sex. Rows: why, first eleven digits,
    /// birth date, male.</summary>
    public static TheoryData<string, string, string, bool> Iins => new()
    {
        { "3: a man of the 1900s", "90010130001", "1990-01-01", true },
        { "4: a woman of the 1900s", "88021540001", "1988-02-15", false },
        { "5: a man of the 2000s", "05061550001", "2005-06-15", true },
        { "6: a woman of the 2000s", "05061560001", "2005-06-15", false },
        { "1: a man of the 1800s", "87061110001", "1887-06-11", true },
        { "2: a woman of the 1800s", "99123120001", "1899-12-31", false },
        { "00 with 5 is the year 2000", "00022950001", "2000-02-29", true },
    };

    [Theory]
    [MemberData(nameof(Iins))]
    public void An_IIN_gives_the_birth_date_and_sex(string why, string firstEleven, string birthDate, bool isMale)
    {
        var number = TaxpayerNumber.Parse(WithCheckDigit(firstEleven));

        Assert.True(birthDate == number.BirthDate?.ToString("yyyy-MM-dd", null), $"{why}: {number.BirthDate}");
        Assert.True(isMale == number.IsMale, why);
        Assert.Equal(TaxpayerKind.Individual, number.Kind);
        Assert.Null(number.BinType);
    }

    [Theory]
    [InlineData("15084000001", "resident legal entity")]
    [InlineData("15085000001", "non-resident legal entity")]
    [InlineData("15086000001", "individual entrepreneur (joint)")]
    public void A_BIN_gives_its_type_from_digit_5(string firstEleven, string binType)
    {
        var number = TaxpayerNumber.Parse(WithCheckDigit(firstEleven));

        Assert.Equal(binType, number.BinType);
        Assert.Equal(TaxpayerKind.LegalEntity, number.Kind);
        Assert.Null(number.BirthDate);
        Assert.Null(number.IsMale);
    }

    [Fact]
    public void The_hand_verified_IIN_is_a_man_born_on_1_January_1990()
    {
        var number = TaxpayerNumber.Parse("900101300811");

        Assert.Equal(new LocalDate(1990, 1, 1), number.BirthDate);
        Assert.True(number.IsMale);
    }

    [Fact]
    public void A_parsed_number_prints_as_its_twelve_digits()
    {
        Assert.Equal("150840000910", TaxpayerNumber.Parse(" 150840000910 ").ToString());
    }

    [Fact]
    public void Two_parses_of_the_same_digits_are_equal()
    {
        Assert.Equal(TaxpayerNumber.Parse("900101300017"), TaxpayerNumber.Parse("  900101300017"));
        Assert.NotEqual(TaxpayerNumber.Parse("900101300017"), TaxpayerNumber.Parse("900101300811"));
    }
}
