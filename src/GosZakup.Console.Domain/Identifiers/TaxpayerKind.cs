namespace GosZakup.Console.Domain.Identifiers;

/// <summary>Who a BIN/IIN belongs to.</summary>
public enum TaxpayerKind
{
    /// <summary>An IIN: a natural person (a sole individual entrepreneur also trades under the IIN).</summary>
    Individual = 1,

    /// <summary>A BIN: a legal entity, resident or not, or individual entrepreneurs in joint form.</summary>
    LegalEntity = 2,
}
