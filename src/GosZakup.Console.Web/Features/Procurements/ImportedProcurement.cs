using GosZakup.Console.Domain.Extensions;

namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>One procurement as read from an import file, already checked: dates in UTC, numbers parsed.</summary>
public sealed record ImportedProcurement(
    string Number,
    string Name,
    string CustomerName,
    string CustomerBin,
    string OrganiserName,
    string OrganiserBin,
    TradeMethod Method,
    string SystemModule,
    IReadOnlyList<ImportedLot> Lots,
    IReadOnlyDictionary<DeadlineKind, DateTime> Deadlines,
    IReadOnlyList<ImportedSupplier>? Suppliers,
    bool ResultsProtocolFormedAutomatically = false);

public sealed record ImportedLot(string LotNumber, string Name, decimal Amount);

public sealed record ImportedSupplier(string TaxpayerNumber, string Name, string? Email, string? Phone, decimal? SecurityAmount);

/// <summary>Why a row or procurement of a file was not imported: where (a CSV line or the procurement's place in a JSON
/// file, and its number when known) and a resource key with its arguments, localized where it is shown.</summary>
public sealed record ImportProblem(int Position, string? Number, string Key, params string[] Args);

public sealed record ImportFile(IReadOnlyList<ImportedProcurement> Procurements, IReadOnlyList<ImportProblem> Problems);
