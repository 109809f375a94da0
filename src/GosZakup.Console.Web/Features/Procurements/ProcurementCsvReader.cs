namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>Reads a CSV with one row per lot and this header (in any order, comma or semicolon separated, UTF-8):
/// <c>numberAnno,nameRu,refTradeMethodsId,customerBin,customerNameRu,orgBin,orgNameRu,startDate,endDate,lotNumber,lotNameRu,amount</c>
/// and optionally <c>systemModule</c>, the later dates (<c>openingDate, admissionDate, auctionFirstRoundDate, auctionSecondRoundDate,
/// resultsDate</c>) and <c>resultsProtocolAuto</c>. The procurement's columns repeat on each of its rows; the first row's values
/// are used. Dates are Astana time ("2026-11-20 10:00:00"), amounts with a dot. A bad row keeps its whole procurement
/// out, never the other procurements.</summary>
public static class ProcurementCsvReader
{
    public static readonly string[] Columns =
        ["numberAnno", "nameRu", "refTradeMethodsId", "customerBin", "customerNameRu", "orgBin", "orgNameRu", "startDate", "endDate", "lotNumber", "lotNameRu",
            "amount"];

    public static ImportFile Read(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Contains(';') && !firstLine.Contains(',') ? ';' : ',';
        var records = CsvRecords.Read(text, delimiter).ToList();
        if (records.Count == 0) return new ImportFile([], [new ImportProblem(1, null, "Procurements.Import.EmptyFile")]);

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            return new ImportFile([], [new ImportProblem(1, null, "Procurements.Import.MissingColumns", string.Join(", ", missing))]);
        int Index(string column) => header.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        var systemModule = Index("systemModule");

        var problems = new List<ImportProblem>();
        var broken = new HashSet<string>();
        var groups = new List<List<CsvRecords.Record>>();
        var byNumber = new Dictionary<string, List<CsvRecords.Record>>();
        foreach (var record in records.Skip(1))
        {
            var number = Field(record, Index("numberAnno"))?.Trim() ?? "";
            if (record.UnclosedQuote || record.Fields.Count != header.Count)
            {
                problems.Add(new ImportProblem(record.Line, number.Length > 0 ? number : null, "Procurements.Import.BadRow", record.Fields.Count.ToString(),
                    header.Count.ToString()));
                broken.Add(number);
                continue;
            }

            if (!byNumber.TryGetValue(number, out var group)) groups.Add(byNumber[number] = group = []);
            group.Add(record);
        }

        var raws = groups
            .Where(g => !broken.Contains(Field(g[0], Index("numberAnno"))!.Trim()))
            .Select(g =>
            {
                var first = g[0];
                string? F(string column) => Field(first, Index(column));
                return new RawProcurement(first.Line, F("numberAnno"), F("nameRu"), F("customerNameRu"), F("customerBin"), F("orgNameRu"),
                    F("orgBin"), F("refTradeMethodsId"), systemModule >= 0 ? Field(first, systemModule) : null,
                    ImportFields.DateFields.ToDictionary(d => d.Field, d => F(d.Field)), F(ImportFields.AutoProtocolField),
                    g.Select(r => new RawLot(r.Line, Field(r, Index("lotNumber")), Field(r, Index("lotNameRu")), Field(r, Index("amount")))).ToList(),
                    null);
            });
        var checkedFile = ImportBatch.Check(raws);
        foreach (var number in broken.Where(n => n.Length > 0 && groups.Any(g => Field(g[0], Index("numberAnno"))!.Trim() == n)))
            problems.Add(new ImportProblem(0, number, "Procurements.Import.SkippedForBadRow", number));
        return checkedFile with { Problems = [.. problems, .. checkedFile.Problems] };
    }

    private static string? Field(CsvRecords.Record record, int index) => index >= 0 && index < record.Fields.Count ? record.Fields[index] : null;
}
