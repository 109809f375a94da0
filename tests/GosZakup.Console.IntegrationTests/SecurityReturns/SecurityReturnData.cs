using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Signatures;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Persistence;

namespace GosZakup.Console.IntegrationTests.SecurityReturns;

/// <summary>A signed, published Act written straight into the database: two suppliers who lodged a security and one who did not.</summary>
public static class SecurityReturnData
{
    public const string FirstBin = "080340000123";
    public const string SecondBin = "061240000001";

    public static async Task<ActRecord> SignedActAsync(AppDbContext db, Guid incidentId, DateTime publishedAtUtc, bool operatorRelated, CancellationToken ct)
    {
        var sequence = Random.Shared.Next(100_000, 999_999);
        var act = new ActRecord
        {
            Number = $"T-{sequence}", Year = 1999, Sequence = sequence, IncidentId = incidentId, State = ActState.Submitted,
            FailureFromUtc = publishedAtUtc.AddDays(-1), FailureToUtc = publishedAtUtc.AddDays(-1).AddHours(3),
            SystemModule = "Запрос ценовых предложений", ProcurementNumbers = "15423871-1", LotNumbers = "2", IsOperatorRelated = operatorRelated,
            Severity = Severity.Medium, CauseKk = "Баптау қатесі", CauseRu = "Ошибка конфигурации", CreatedAtUtc = publishedAtUtc.AddDays(-1),
            CreatedByName = "operator@demo.kz", PublishedAtUtc = publishedAtUtc,
        };
        act.Sign(PdfSignature.Of(publishedAtUtc.AddHours(-2), "supervisor@demo.kz", "Басшы / Руководитель", "CN=supervisor@demo.kz", "01",
            PdfSignature.Sha256Of(System.Text.Encoding.UTF8.GetBytes(act.Number))));
        act.Suppliers.Add(new ActSupplierRecord
        {
            ActId = act.Id, Name = "ТОО «Ақ Жол»", TaxpayerNumber = FirstBin, ProcurementNumber = "15423871-1", LotNumber = "2", SecurityAmount = 1_500_000.50m
        });
        act.Suppliers.Add(new ActSupplierRecord
        {
            ActId = act.Id, Name = "ТОО «Өнім-Сервис»", TaxpayerNumber = SecondBin, ProcurementNumber = "15423871-1", LotNumber = "2", SecurityAmount = 250_000m
        });
        act.Suppliers.Add(new ActSupplierRecord
        {
            ActId = act.Id, Name = "ИП «Без обеспечения»", TaxpayerNumber = "900101300123",
            ProcurementNumber = "15423871-1", LotNumber = "2", SecurityAmount = null
        });
        db.Add(act);
        await db.SaveChangesAsync(ct);
        return act;
    }
}
