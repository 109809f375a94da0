using NodaTime;

namespace GosZakup.Console.Domain.Identifiers;

public sealed partial record TaxpayerNumber
{
    /// <summary>The number behind twelve digits with a right check digit, or null when they are
    /// neither a dated IIN nor a typed BIN.</summary>
    private static TaxpayerNumber? Decode(string digits) => digits[4] switch
    {
        >= '0' and <= '3' => DecodeIin(digits),
        >= '4' and <= '6' => DecodeBin(digits),
        _ => null,
    };

    // IIN: YYMMDD, then digit 7 = century and sex: 1/2 → 18xx, 3/4 → 19xx, 5/6 → 20xx, odd = male.
    //
    // Digit 7 = 0 is refused (NotADateOrType). The public descriptions of the IIN (egov.kz, gov.kz,
    // the Government's rules on forming identification numbers as quoted by open-source validators)
    // list only 1-6, and foreigners get the same structure when their IIN is formed (residence permit,
    // registration certificate). A search of public code, issues and pages found no rule giving 0 to
    // foreign citizens or anyone else; the validators found (valery1707/kaz-person-id,
    // ZhymabekRoman/kz-iin-validator) refuse 0, the first calling 0 and 7-9 "unassigned". Accepting 0
    // as "century unknown" would store a person without a birth year on a guess; a refusal is visible
    // and can be reported. Revisit if the national register shows such numbers.
    private static TaxpayerNumber? DecodeIin(string digits)
    {
        var centuryAndSex = digits[6] - '0';
        if (centuryAndSex is < 1 or > 6)
        {
            return null;
        }

        var year = 1800 + (100 * ((centuryAndSex - 1) / 2)) + TwoDigits(digits, 0);
        var month = TwoDigits(digits, 2);
        var day = TwoDigits(digits, 4);
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        return new TaxpayerNumber(digits, TaxpayerKind.Individual, new LocalDate(year, month, day), centuryAndSex % 2 == 1, null);
    }

    // BIN: YYMM of registration, digit 5 = type (4, 5, 6), digit 6 = kind (0 head office, 1 branch,
    // 2 representative office, 3 peasant farm in joint form); other kinds are refused.
    private static TaxpayerNumber? DecodeBin(string digits)
    {
        var month = TwoDigits(digits, 2);
        if (month is < 1 or > 12 || digits[5] is < '0' or > '3')
        {
            return null;
        }

        var binType = digits[4] switch
        {
            '4' => "resident legal entity",
            '5' => "non-resident legal entity",
            _ => "individual entrepreneur (joint)",
        };
        return new TaxpayerNumber(digits, TaxpayerKind.LegalEntity, null, null, binType);
    }

    private static int TwoDigits(string digits, int start) => ((digits[start] - '0') * 10) + (digits[start + 1] - '0');
}
