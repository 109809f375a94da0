namespace GosZakup.Console.Domain.Extensions;

/// <summary>How a procurement is conducted, as far as the extension clauses tell methods apart: R2 §15.4 and
/// §16.4 name tenders (contests) and price-quotation requests "except auctions"; §15.5 and §16.5 are the
/// auctions' own rule.</summary>
public enum TradeMethod
{
    /// <summary>Open tender (contest).</summary>
    OpenTender = 1,

    /// <summary>Request for price quotations.</summary>
    PriceQuotation = 2,

    /// <summary>Auction: price offers in rounds; R2 §15.5 and §16.5 move its second round.</summary>
    Auction = 3,

    /// <summary>From one source through the portal.</summary>
    OneSource = 4,

    /// <summary>Any other method the portal runs.</summary>
    Other = 5,
}
