using System.Globalization;
using System.Text.RegularExpressions;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Identifiers;
using NodaTime;

namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>The checks and conversions shared by the JSON and CSV readers. Each returns a problem key, or null.</summary>
internal static partial class ImportFields
{
    /// <summary>Ids of the portal's <c>ref_trade_methods</c> list that the console tells apart; any other id is
    /// <see cref="TradeMethod.Other"/>. A file may also give the method by its name in the console ("Auction").</summary>
    private static readonly Dictionary<int, TradeMethod> TradeMethodIds = new()
    {
        [2] = TradeMethod.OpenTender,
        [32] = TradeMethod.OpenTender,
        [188] = TradeMethod.OpenTender,
        [3] = TradeMethod.PriceQuotation,
        [6] = TradeMethod.OneSource,
    };

    /// <summary>The dates a file may give, by field name: the open data's <c>startDate</c> and <c>endDate</c>, and the
    /// later stages the Rules move (optional).</summary>
    public static readonly IReadOnlyList<(string Field, DeadlineKind Kind)> DateFields =
    [
        ("startDate", DeadlineKind.AcceptanceStart), ("endDate", DeadlineKind.AcceptanceEnd), ("openingDate", DeadlineKind.Opening),
        ("admissionDate", DeadlineKind.Admission), ("auctionFirstRoundDate", DeadlineKind.AuctionFirstRound),
        ("auctionSecondRoundDate", DeadlineKind.AuctionSecondRound), ("resultsDate", DeadlineKind.Results),
    ];

    /// <summary>Optional: "true" when the System formed the results protocol automatically (R2 §15.5, §16.5).</summary>
    public const string AutoProtocolField = "resultsProtocolAuto";

    /// <summary>An optional yes/no field: empty is no; null when it is neither.</summary>
    public static bool? Flag(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "0" or "no" => false,
        "true" or "1" or "yes" => true,
        _ => null,
    };

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm"];

    [GeneratedRegex(@"^\d{1,12}-\d{1,3}$")]
    private static partial Regex AnnouncementNumberPattern();

    public static bool IsAnnouncementNumber(string? text) => text is not null && AnnouncementNumberPattern().IsMatch(text);

    public static TradeMethod? Method(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return TradeMethodIds.GetValueOrDefault(id, TradeMethod.Other);
        return Enum.TryParse<TradeMethod>(text, ignoreCase: true, out var method) && Enum.IsDefined(method) ? method : null;
    }

    public static bool IsTaxpayerNumber(string? text) => TaxpayerNumber.TryParse(text, out _, out _);

    /// <summary>The portal gives Astana wall-clock times without an offset; an explicit offset, when present, wins.</summary>
    public static bool TryUtc(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            utc = AstanaTime.ToUtc(LocalDateTime.FromDateTime(local));
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && HasOffset(text))
        {
            utc = withOffset.UtcDateTime;
            return true;
        }

        return false;
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10;

    public static bool TryAmount(string? text, out decimal amount) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out amount) && amount >= 0;
}
