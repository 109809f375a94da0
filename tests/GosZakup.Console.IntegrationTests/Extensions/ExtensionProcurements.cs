using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;

namespace GosZakup.Console.IntegrationTests.Extensions;

/// <summary>Procurements written straight to the database for the extension tests: numbered from 15423871-1 (the one the
/// scenario's appeal names), acceptance open from 18 November 09:00 to 20 November 18:00 Astana, each with a supplier.</summary>
public static class ExtensionProcurements
{
    public static readonly DateTime Start = new(2026, 11, 18, 4, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime End = new(2026, 11, 20, 13, 0, 0, DateTimeKind.Utc);

    public static async Task<List<ProcurementRecord>> SeedAsync(AppDbContext db, int count, string module, TradeMethod method = TradeMethod.PriceQuotation,
        int first = 15423871)
    {
        var procurements = Enumerable.Range(0, count).Select(i =>
        {
            var procurement = new ProcurementRecord
            {
                AnnouncementNumber = $"{first + i}-1", Name = $"Закупка {i}", CustomerBin = "040340002112", OrganiserBin = "990140000106",
                Method = method, SystemModule = module, ImportedAtUtc = Start,
            };
            procurement.Deadlines.Add(new ProcurementDeadlineRecord
            {
                ProcurementId = procurement.Id, Kind = DeadlineKind.AcceptanceStart, AtUtc = Start, AnnouncedUtc = Start
            });
            procurement.Deadlines.Add(new ProcurementDeadlineRecord
            {
                ProcurementId = procurement.Id, Kind = DeadlineKind.AcceptanceEnd, AtUtc = End, AnnouncedUtc = End
            });
            procurement.Suppliers.Add(new PotentialSupplierRecord
            {
                ProcurementId = procurement.Id, TaxpayerNumber = "080340000123", Name = "ТОО «Ақ Жол»", Email = $"supplier{i % 3}@akzhol.kz"
            });
            return procurement;
        }).ToList();
        db.AddRange(procurements);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return procurements;
    }
}
