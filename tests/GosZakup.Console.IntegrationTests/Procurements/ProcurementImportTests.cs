using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.LongJobs;
using GosZakup.Console.Web.Features.Procurements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Procurements;

public sealed class ProcurementImportTests
{
    private static Task<IntakeServices> StartAsync() => IntakeServices.StartAsync(s => s
        .AddScoped<ProcurementImport>()
        .AddScoped<ImportRequests>()
        .AddKeyedScoped<ILongJob, ProcurementImportJob>(ProcurementImportJob.Kind)
        .AddLongJobCore()
        .AddScoped<ProcurementQuery>());

    private static string Json(string endDate, string secondLotAmount = "3400000.00") => $$$"""
        {"data":{"TrdBuy":[
          {"numberAnno":"15423871-1","nameRu":"Поставка компьютерной техники","refTradeMethodsId":2,
           "customerBin":"040340002112","orgBin":"990140000106","orgNameRu":"ГУ «Отдел закупок»",
           "startDate":"2026-11-10 09:00:00","endDate":"{{{endDate}}}",
           "Lots":[{"lotNumber":"38104021-ОК1","nameRu":"Ноутбуки","amount":12500000.00,"customerNameRu":"ГУ «Аппарат акима»"},
                   {"lotNumber":"38104022-ОК2","nameRu":"МФУ","amount":{{{secondLotAmount}}}}],
           "potentialSuppliers":[{"taxpayerNumber":"070740003011","nameRu":"ТОО «Нұр Логистик»","email":"info@nurlog.kz","securityAmount":125000}]}
        ]}}
        """;

    [Fact]
    public async Task Reimport_with_a_moved_deadline_updates_in_place_and_keeps_one_history_row()
    {
        await using var services = await StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var import = services.Get<ProcurementImport>();

        var first = await import.ImportAsync(ProcurementJsonReader.Read(Json("2026-11-20 18:00:00")), "operator@demo.kz", null, ct);
        Assert.Equal((1, 0), (first.Created, first.Updated));
        Assert.Empty(first.Problems);

        services.Clock.Advance(TimeSpan.FromHours(1));
        var second = await import.ImportAsync(ProcurementJsonReader.Read(Json("2026-11-23 18:00:00", "3500000.00")), "supervisor@demo.kz", null, ct);
        Assert.Equal((0, 1), (second.Created, second.Updated));

        await using var db = services.NewDb();
        var procurement = await db.Set<ProcurementRecord>().Include(p => p.Lots).Include(p => p.Deadlines).Include(p => p.Suppliers).SingleAsync(ct);
        Assert.Equal("15423871-1", procurement.AnnouncementNumber);
        Assert.Equal(TradeMethod.OpenTender, procurement.Method);
        Assert.Equal("ГУ «Аппарат акима»", procurement.CustomerName);
        Assert.Equal(2, procurement.Lots.Count);
        Assert.Equal(3500000.00m, procurement.Lots.Single(l => l.LotNumber == "38104022-ОК2").Amount);
        Assert.Single(procurement.Suppliers);
        Assert.Equal(2, procurement.Deadlines.Count);
        // Astana wall-clock 18:00 on 23 November 2026 is 13:00 UTC (UTC+5).
        Assert.Equal(new DateTime(2026, 11, 23, 13, 0, 0, DateTimeKind.Utc), procurement.Deadlines.Single(d => d.Kind == DeadlineKind.AcceptanceEnd).AtUtc);

        var change = Assert.Single(await db.Set<DeadlineChangeRecord>().ToListAsync(ct));
        Assert.Equal((DeadlineKind.AcceptanceEnd, ProcurementImport.ImportSource, "supervisor@demo.kz"), (change.Kind, change.Source, change.ByName));
        Assert.Equal(new DateTime(2026, 11, 20, 13, 0, 0, DateTimeKind.Utc), change.OldUtc);
        Assert.Equal(new DateTime(2026, 11, 23, 13, 0, 0, DateTimeKind.Utc), change.NewUtc);
        Assert.Equal(services.Clock.GetUtcNow().UtcDateTime, change.AtUtc);

        var third = await import.ImportAsync(ProcurementJsonReader.Read(Json("2026-11-23 18:00:00", "3500000.00")), "operator@demo.kz", null, ct);
        Assert.Equal(1, third.Updated);
        Assert.Equal(1, await db.Set<DeadlineChangeRecord>().CountAsync(ct));
        Assert.Equal(1, await db.Set<ProcurementRecord>().CountAsync(ct));
    }

    [Fact]
    public async Task Csv_with_a_bad_row_names_it_and_saves_the_other_procurements()
    {
        await using var services = await StartAsync();
        var ct = TestContext.Current.CancellationToken;
        const string csv = """
            numberAnno,nameRu,refTradeMethodsId,customerBin,customerNameRu,orgBin,orgNameRu,startDate,endDate,lotNumber,lotNameRu,amount
            15428870-1,Канцтовары,3,110740002300,Аптека,110740002300,Аптека,2026-11-16 10:00:00,2026-11-21 10:00:00,38107710-ЗЦП1,"Бумага А4, офисная",820000.00
            15428870-1,Канцтовары,3,110740002300,Аптека,110740002300,Аптека,2026-11-16 10:00:00,2026-11-21 10:00:00,38107711-ЗЦП2,Ручки,95000.00
            15420001-1,Уборка,3,051240003706,Школа,051240003706,Школа,2026-11-09 09:00:00,2026-11-16 09:00:00,38101001-ЗЦП1,Уборка,шесть миллионов
            15433001-1,ГСМ,Auction,120440007808,Отдел ЖКХ,200140006201,Отдел закупок,2026-11-18 09:00:00,2026-11-27 10:00:00,38112001-А1,Бензин АИ-92,9800000
            """;

        var file = ProcurementCsvReader.Read(csv);
        var result = await services.Get<ProcurementImport>().ImportAsync(file, "operator@demo.kz", null, ct);

        Assert.Equal(2, result.Created);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, "15420001-1", "Procurements.Import.BadAmount"), (problem.Position, problem.Number, problem.Key));
        Assert.Equal(["шесть миллионов"], problem.Args);

        await using var db = services.NewDb();
        var saved = await db.Set<ProcurementRecord>().Include(p => p.Lots).OrderBy(p => p.AnnouncementNumber).ToListAsync(ct);
        Assert.Equal(["15428870-1", "15433001-1"], saved.Select(p => p.AnnouncementNumber));
        Assert.Equal("Бумага А4, офисная", saved[0].Lots.Single(l => l.LotNumber == "38107710-ЗЦП1").Name);
        Assert.Equal(TradeMethod.Auction, saved[1].Method);
        Assert.False(await db.Set<LotRecord>().AnyAsync(l => l.LotNumber == "38101001-ЗЦП1", ct));
    }

    [Fact]
    public void Csv_row_with_a_wrong_field_count_keeps_its_procurement_out_and_names_the_line()
    {
        const string csv = "numberAnno,nameRu,refTradeMethodsId,customerBin,customerNameRu,orgBin,orgNameRu,startDate,endDate,lotNumber,lotNameRu,amount\r\n"
            + "15428870-1,Канцелярия,3,110740002300,Поликлиника,110740002300,Поликлиника,2026-11-16 10:00:00,2026-11-21 10:00:00,Л1,Бумага,1\r\n"
            + "15428870-1,Канцелярия,3,110740002300,Поликлиника,110740002300,Поликлиника,2026-11-16 10:00:00,2026-11-21 10:00:00,"
            + "Л2,\"Ручки\r\nсиние\",2,лишнее\r\n"
            + "15433001-1,ГСМ,Auction,120440007808,ГУ,200140006201,ГУ,2026-11-18 09:00:00,2026-11-27 10:00:00,А1,Бензин,3\r\n";

        var file = ProcurementCsvReader.Read(csv);

        Assert.Equal(["15433001-1"], file.Procurements.Select(p => p.Number));
        Assert.Contains(file.Problems, p => p is { Position: 3, Key: "Procurements.Import.BadRow" });
        Assert.Contains(file.Problems, p => p is { Number: "15428870-1", Key: "Procurements.Import.SkippedForBadRow" });
    }

    [Fact]
    public void Json_problems_name_the_procurement_and_the_field()
    {
        var file = ProcurementJsonReader.Read("""
            [{"numberAnno":"15423871-1","nameRu":"А","refTradeMethodsId":2,"customerBin":"040340002113","orgBin":"990140000106",
              "startDate":"2026-11-10 09:00:00","endDate":"20.11.2026 вечером","Lots":[{"lotNumber":"1","nameRu":"Л","amount":1}]}]
            """);

        Assert.Empty(file.Procurements);
        Assert.Contains(file.Problems, p => p is { Position: 1, Number: "15423871-1", Key: "Procurements.Import.BadBin" } && p.Args[0] == "customerBin");
        Assert.Contains(file.Problems, p => p.Key == "Procurements.Import.BadDate" && p.Args[0] == "endDate");
    }

    [Fact]
    public async Task Demo_file_imports_whole_through_the_background_job_with_its_progress()
    {
        await using var services = await StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var content = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "assets", "demo", "procurements.json"), ct);
        var id = await services.Get<ImportRequests>().QueueAsync("procurements.json", content, "operator@demo.kz", ct);

        await using (var scope = services.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<LongJobRunner>().RunAsync(id, ct);

        var done = (await services.Get<ImportRequests>().FindAsync(id, ct))!;
        Assert.Equal((ImportState.Finished, 100), (done.State, done.Percent));
        Assert.Empty(done.Result!.Problems);
        Assert.Equal(40, done.Result.Created);
        var (rows, total) = await services.Get<ProcurementQuery>().SearchAsync("040340002112", 0, 10, ct);
        Assert.Equal(1, total);
        Assert.Equal("15423871-1", rows[0].Number);
        foreach (var number in new[] { "15423871-1", "15431122-1", "15428870-1", "15420001-1", "15424567-1" })
            Assert.NotNull(await services.Get<ProcurementQuery>().FindAsync(number, ct));
        var methods = (await services.Get<ProcurementQuery>().SearchAsync(null, 0, 10, ct)).Rows.Select(r => r.Method).ToHashSet();
        Assert.Superset(new HashSet<TradeMethod> { TradeMethod.OpenTender, TradeMethod.PriceQuotation, TradeMethod.Auction, TradeMethod.OneSource }, methods);
    }
}
