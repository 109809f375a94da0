namespace GosZakup.Console.Web.Features.Procurements;

internal static class ImportBatch
{
    /// <summary>Checks every procurement of a file; a number that appears twice keeps only its first occurrence.</summary>
    public static ImportFile Check(IEnumerable<RawProcurement> raws)
    {
        var procurements = new List<ImportedProcurement>();
        var problems = new List<ImportProblem>();
        foreach (var raw in raws)
        {
            var (procurement, found) = raw.Check();
            problems.AddRange(found);
            if (procurement is null) continue;
            if (procurements.Any(p => p.Number == procurement.Number))
                problems.Add(new ImportProblem(raw.Position, procurement.Number, "Procurements.Import.DuplicateNumber", procurement.Number));
            else
                procurements.Add(procurement);
        }

        return new ImportFile(procurements, problems);
    }
}
