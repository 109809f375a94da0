using GosZakup.Console.Domain.Extensions;

namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>A procurement as the file spells it, before any check. <see cref="Position"/> is the CSV line of its first
/// row or its 1-based place in a JSON file; each lot keeps its own position (its CSV line).</summary>
internal sealed record RawProcurement(
    int Position,
    string? Number,
    string? Name,
    string? CustomerName,
    string? CustomerBin,
    string? OrganiserName,
    string? OrganiserBin,
    string? Method,
    string? SystemModule,
    IReadOnlyDictionary<string, string?> Dates,
    string? AutoProtocol,
    IReadOnlyList<RawLot> Lots,
    IReadOnlyList<RawSupplier>? Suppliers)
{
    /// <summary>The checked procurement, or the problems that keep it out (all of them, so one pass fixes the file).</summary>
    public (ImportedProcurement? Procurement, List<ImportProblem> Problems) Check()
    {
        var problems = new List<ImportProblem>();
        var number = Number?.Trim();
        void Problem(int at, string key, params string[] args) => problems.Add(new ImportProblem(at, number, key, args));

        if (!ImportFields.IsAnnouncementNumber(number)) Problem(Position, "Procurements.Import.BadNumber", Number ?? "");
        if (string.IsNullOrWhiteSpace(Name)) Problem(Position, "Procurements.Import.Missing", "nameRu");
        if (!ImportFields.IsTaxpayerNumber(CustomerBin)) Problem(Position, "Procurements.Import.BadBin", "customerBin", CustomerBin ?? "");
        if (!ImportFields.IsTaxpayerNumber(OrganiserBin)) Problem(Position, "Procurements.Import.BadBin", "orgBin", OrganiserBin ?? "");
        var method = ImportFields.Method(Method);
        if (method is null) Problem(Position, "Procurements.Import.BadMethod", Method ?? "");

        var deadlines = new Dictionary<DeadlineKind, DateTime>();
        foreach (var (field, kind) in ImportFields.DateFields)
            ReadDate(Dates.GetValueOrDefault(field), field, kind);
        var autoProtocol = ImportFields.Flag(AutoProtocol);
        if (autoProtocol is null) Problem(Position, "Procurements.Import.BadFlag", ImportFields.AutoProtocolField, AutoProtocol ?? "");
        if (deadlines.TryGetValue(DeadlineKind.AcceptanceStart, out var start) && deadlines.TryGetValue(DeadlineKind.AcceptanceEnd, out var end)
            && end <= start)
            Problem(Position, "Procurements.Import.EndBeforeStart");

        if (Lots.Count == 0) Problem(Position, "Procurements.Import.NoLots");
        var lots = new List<ImportedLot>();
        foreach (var lot in Lots)
        {
            var lotNumber = lot.LotNumber?.Trim();
            if (string.IsNullOrEmpty(lotNumber)) Problem(lot.Position, "Procurements.Import.Missing", "lotNumber");
            else if (lots.Any(l => l.LotNumber == lotNumber)) Problem(lot.Position, "Procurements.Import.DuplicateLot", lotNumber);
            if (string.IsNullOrWhiteSpace(lot.Name)) Problem(lot.Position, "Procurements.Import.Missing", "nameRu");
            if (!ImportFields.TryAmount(lot.Amount, out var amount)) Problem(lot.Position, "Procurements.Import.BadAmount", lot.Amount ?? "");
            if (!string.IsNullOrEmpty(lotNumber) && !string.IsNullOrWhiteSpace(lot.Name))
                lots.Add(new ImportedLot(lotNumber, lot.Name.Trim(), amount));
        }

        List<ImportedSupplier>? suppliers = null;
        if (Suppliers is not null)
        {
            suppliers = [];
            foreach (var supplier in Suppliers)
            {
                if (!ImportFields.IsTaxpayerNumber(supplier.TaxpayerNumber))
                    Problem(Position, "Procurements.Import.BadBin", "taxpayerNumber", supplier.TaxpayerNumber ?? "");
                else if (suppliers.Any(s => s.TaxpayerNumber == supplier.TaxpayerNumber!.Trim()))
                    Problem(Position, "Procurements.Import.DuplicateSupplier", supplier.TaxpayerNumber!);
                else
                    suppliers.Add(new ImportedSupplier(supplier.TaxpayerNumber!.Trim(), supplier.Name?.Trim() ?? "",
                        Blank(supplier.Email), Blank(supplier.Phone), supplier.SecurityAmount));
            }
        }

        if (problems.Count > 0) return (null, problems);
        return (new ImportedProcurement(number!, Name!.Trim(), CustomerName?.Trim() ?? "", CustomerBin!.Trim(), OrganiserName?.Trim() ?? "",
            OrganiserBin!.Trim(), method!.Value, SystemModule?.Trim() ?? "", lots, deadlines, suppliers, autoProtocol!.Value), problems);

        void ReadDate(string? text, string field, DeadlineKind kind)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (ImportFields.TryUtc(text, out var utc)) deadlines[kind] = utc;
            else Problem(Position, "Procurements.Import.BadDate", field, text);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal sealed record RawLot(int Position, string? LotNumber, string? Name, string? Amount);

internal sealed record RawSupplier(string? TaxpayerNumber, string? Name, string? Email, string? Phone, decimal? SecurityAmount);
