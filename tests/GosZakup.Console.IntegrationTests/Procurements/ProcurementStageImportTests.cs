using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Procurements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Procurements;

/// <summary>The later stages the Rules move (R2 §15.5, §16.5, §24) and the auto-formed protocol flag, from JSON and CSV.</summary>
public sealed class ProcurementStageImportTests
{
    private static Task<IntakeServices> StartAsync() => IntakeServices.StartAsync(s => s.AddScoped<ProcurementImport>());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Astana wall-clock times are UTC+5.
    private static DateTime Utc(int day, int hour, int month = 11) => new(2026, month, day, hour - 5, 0, 0, DateTimeKind.Utc);

    private static string Auction(string autoProtocol) => $$"""
        [{"numberAnno":"15433001-1","nameRu":"Поставка ГСМ","refTradeMethodsId":"Auction","customerBin":"120440007808","orgBin":"990140000106",
          "systemModule":"Аукцион","startDate":"2026-11-18 09:00:00","endDate":"2026-11-27 10:00:00","openingDate":"2026-11-27 10:30:00",
          "admissionDate":"2026-11-29 10:00:00","auctionFirstRoundDate":"2026-11-30 10:00:00","auctionSecondRoundDate":"2026-12-01 10:00:00",
          "resultsDate":"2026-12-01 14:00:00","resultsProtocolAuto":{{autoProtocol}},
          "Lots":[{"lotNumber":"38112001-А1","nameRu":"Бензин АИ-92","amount":9800000}]}]
        """;

    [Fact]
    public async Task Json_gives_every_stage_date_and_the_auto_protocol_flag()
    {
        await using var services = await StartAsync();

        var file = ProcurementJsonReader.Read(Auction("true"));
        await services.Get<ProcurementImport>().ImportAsync(file, "operator@demo.kz", null, Ct);

        await using var db = services.NewDb();
        var procurement = await db.Set<ProcurementRecord>().Include(p => p.Deadlines).SingleAsync(Ct);
        Assert.True(procurement.ResultsProtocolFormedAutomatically);
        Assert.Equal("Аукцион", procurement.SystemModule);
        var dates = procurement.Deadlines.ToDictionary(d => d.Kind, d => d.AtUtc);
        Assert.Equal(Enum.GetValues<DeadlineKind>().ToHashSet(), dates.Keys.ToHashSet());
        Assert.Equal(Utc(27, 10), dates[DeadlineKind.AcceptanceEnd]);
        Assert.Equal(new DateTime(2026, 11, 27, 5, 30, 0, DateTimeKind.Utc), dates[DeadlineKind.Opening]);
        Assert.Equal(Utc(29, 10), dates[DeadlineKind.Admission]);
        Assert.Equal(Utc(30, 10), dates[DeadlineKind.AuctionFirstRound]);
        Assert.Equal(Utc(1, 10, month: 12), dates[DeadlineKind.AuctionSecondRound]);
        Assert.Equal(Utc(1, 14, month: 12), dates[DeadlineKind.Results]);
        // The first import announces the dates in force.
        Assert.All(procurement.Deadlines, d => Assert.Equal(d.AtUtc, d.AnnouncedUtc));
    }

    [Theory]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("null", false)]
    public void Json_flag_reads_booleans_and_their_text(string value, bool expected)
    {
        var file = ProcurementJsonReader.Read(Auction(value));

        Assert.Empty(file.Problems);
        Assert.Equal(expected, Assert.Single(file.Procurements).ResultsProtocolFormedAutomatically);
    }

    [Fact]
    public void Json_flag_that_is_neither_true_nor_false_is_a_problem_naming_the_field()
    {
        var file = ProcurementJsonReader.Read(Auction("\"maybe\""));

        Assert.Empty(file.Procurements);
        var problem = Assert.Single(file.Problems);
        Assert.Equal((1, "15433001-1", "Procurements.Import.BadFlag"), (problem.Position, problem.Number, problem.Key));
        Assert.Equal(["resultsProtocolAuto", "maybe"], problem.Args);
    }

    private const string CsvHeader = "numberAnno;nameRu;refTradeMethodsId;customerBin;customerNameRu;orgBin;orgNameRu;systemModule;startDate;endDate;"
        + "openingDate;admissionDate;auctionFirstRoundDate;auctionSecondRoundDate;resultsDate;resultsProtocolAuto;lotNumber;lotNameRu;amount\n";

    [Fact]
    public async Task Csv_gives_the_stage_dates_and_the_flag_and_a_bad_flag_keeps_only_its_procurement_out()
    {
        await using var services = await StartAsync();
        var csv = CsvHeader
            + "15431122-1;Ремонт школы;2;020240000406;КГУ «Школа № 12»;990140000106;ГУ «Отдел закупок»;Конкурс;2026-11-12 09:00:00;2026-11-23 17:00:00;"
            + "2026-11-23 17:30:00;2026-11-26 17:00:00;;;2026-11-28 17:00:00;;38110511-ОК1;Кровля;148000000\n"
            + "15433001-1;ГСМ;Auction;120440007808;ГУ «Отдел ЖКХ»;990140000106;ГУ «Отдел закупок»;Аукцион;2026-11-18 09:00:00;2026-11-27 10:00:00;"
            + ";;2026-11-30 10:00:00;2026-12-01 10:00:00;;true;38112001-А1;Бензин;9800000\n"
            + "15434020-1;Продукты;3;151040009500;Детсад;990140000106;ГУ «Отдел закупок»;Запрос ценовых предложений;2026-11-20 09:00:00;2026-11-26 09:00:00;"
            + ";;;;;maybe;38113001-ЗЦП1;Молоко;100\n";

        var file = ProcurementCsvReader.Read(csv);
        var result = await services.Get<ProcurementImport>().ImportAsync(file, "operator@demo.kz", null, Ct);

        Assert.Equal(2, result.Created);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("15434020-1", "Procurements.Import.BadFlag"), (problem.Number, problem.Key));
        Assert.Equal(["resultsProtocolAuto", "maybe"], problem.Args);

        await using var db = services.NewDb();
        var saved = await db.Set<ProcurementRecord>().Include(p => p.Deadlines).OrderBy(p => p.AnnouncementNumber).ToListAsync(Ct);
        Assert.Equal(["15431122-1", "15433001-1"], saved.Select(p => p.AnnouncementNumber));
        var tender = saved[0].Deadlines.ToDictionary(d => d.Kind, d => d.AtUtc);
        Assert.False(saved[0].ResultsProtocolFormedAutomatically);
        Assert.Equal([DeadlineKind.AcceptanceStart, DeadlineKind.AcceptanceEnd, DeadlineKind.Opening, DeadlineKind.Admission, DeadlineKind.Results],
            tender.Keys.Order());
        Assert.Equal(Utc(28, 17), tender[DeadlineKind.Results]);
        var auction = saved[1].Deadlines.ToDictionary(d => d.Kind, d => d.AtUtc);
        Assert.True(saved[1].ResultsProtocolFormedAutomatically);
        Assert.Equal(Utc(30, 10), auction[DeadlineKind.AuctionFirstRound]);
        Assert.Equal(Utc(1, 10, month: 12), auction[DeadlineKind.AuctionSecondRound]);
        Assert.DoesNotContain(DeadlineKind.Opening, auction.Keys);
    }

    [Fact]
    public void Csv_stage_date_that_is_not_a_date_names_its_field()
    {
        var csv = CsvHeader
            + "15431122-1;Ремонт школы;2;020240000406;Школа;990140000106;ГУ;Конкурс;2026-11-12 09:00:00;2026-11-23 17:00:00;"
            + "после обеда;;;;;;38110511-ОК1;Кровля;1\n";

        var file = ProcurementCsvReader.Read(csv);

        Assert.Empty(file.Procurements);
        Assert.Contains(file.Problems, p => p.Key == "Procurements.Import.BadDate" && p.Args[0] == "openingDate");
    }
}
