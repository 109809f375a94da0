using GosZakup.Console.Domain.Identifiers;
using static GosZakup.Console.Domain.Tests.Identifiers.TestNumbers;

namespace GosZakup.Console.Domain.Tests.Identifiers;

public class CheckDigitTests
{
    // 9 0 0 1 0 1 3 0 0 0 1, weights 1..11:
    //   9·1 + 1·4 + 1·6 + 3·7 + 1·11 = 9 + 4 + 6 + 21 + 11 = 51; 51 mod 11 = 7  → 900101300017
    [Fact]
    public void The_first_pass_weights_the_digits_1_to_11()
    {
        Assert.Equal(7, TaxpayerNumber.CheckDigit("90010130001"));
    }

    // 9 0 0 1 0 1 3 0 0 8 1
    //   weights 1..11:           9·1 + 1·4 + 1·6 + 3·7 + 8·10 + 1·11 = 9 + 4 + 6 + 21 + 80 + 11 = 131;
    //                            131 mod 11 = 10 → second pass
    //   weights 3..11,1,2:       9·3 + 1·6 + 1·8 + 3·9 + 8·1 + 1·2 = 27 + 6 + 8 + 27 + 8 + 2 = 78;
    //                            78 mod 11 = 1  → 900101300811
    [Fact]
    public void A_number_whose_first_pass_gives_10_uses_the_second_weights()
    {
        Assert.Equal(1, TaxpayerNumber.CheckDigit("90010130081"));
    }

    // BIN 1 5 0 8 4 0 0 0 0 9 1
    //   weights 1..11:     1·1 + 5·2 + 8·4 + 4·5 + 9·10 + 1·11 = 1 + 10 + 32 + 20 + 90 + 11 = 164; mod 11 = 10
    //   weights 3..11,1,2: 1·3 + 5·4 + 8·6 + 4·7 + 9·1 + 1·2 = 3 + 20 + 48 + 28 + 9 + 2 = 110; mod 11 = 0
    [Fact]
    public void A_second_pass_may_give_a_check_digit_of_0()
    {
        Assert.Equal(0, TaxpayerNumber.CheckDigit("15084000091"));
    }

    // Found by brute force over 900101 3 0000..9999 (the first hit): 9 0 0 1 0 1 3 0 0 8 0
    //   weights 1..11:     9 + 4 + 6 + 21 + 80 = 120; mod 11 = 10
    //   weights 3..11,1,2: 27 + 6 + 8 + 27 + 8 = 76;   mod 11 = 10
    [Theory]
    [InlineData("90010130080")]
    [InlineData("89040231584")]
    [InlineData("15084000096")]
    public void A_number_where_both_passes_give_10_has_no_check_digit(string firstEleven)
    {
        Assert.Null(TaxpayerNumber.CheckDigit(firstEleven));
    }

    [Fact]
    public void The_check_digit_agrees_with_an_independent_computation_over_ten_thousand_serials()
    {
        for (var serial = 0; serial < 10_000; serial++)
        {
            var firstEleven = $"9001013{serial:D4}";
            Assert.True(CheckDigitOf(firstEleven) == TaxpayerNumber.CheckDigit(firstEleven), firstEleven);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("9001013000")]
    [InlineData("900101300017")]
    [InlineData("9001013000A")]
    public void Anything_but_eleven_digits_is_a_bug_in_the_caller(string text)
    {
        Assert.Throws<ArgumentException>(() => TaxpayerNumber.CheckDigit(text));
    }
}
