using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Journal;
using MiniExcelLibs;

namespace GosZakup.Console.IntegrationTests.Journal;

public class JournalXlsxTests
{
    [Fact]
    public async Task The_spreadsheet_holds_every_filtered_row_under_Kazakh_and_Russian_headers()
    {
        await using var app = await IntakeServices.StartAsync();
        for (var i = 0; i < 30; i++)
            await app.RegisterAsync(JournalData.Appeal("2026-11-20 09:15", AppealChannel.Email, organisation: $"ТОО «Ақ Жол {i}»"));
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 09:20", AppealChannel.Phone));

        var file = await app.Export().CreateAsync(JournalFormat.Xlsx, new JournalFilter(Channel: AppealChannel.Email), TestContext.Current.CancellationToken);

        Assert.Equal("register-journal-20261120.xlsx", file.FileName);
        using var stream = new MemoryStream(file.Content!);
        Assert.Equal(["F1"], stream.GetSheetNames());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(30, rows.Count);
        Assert.Equal("№", rows[0].Keys.First());
        Assert.Contains("Өтініш күні мен уақыты / Дата и время обращения", rows[0].Keys);
        Assert.Contains("Техникалық іркілістің сипаттамасы / Описание технического сбоя", rows[0].Keys);
        Assert.Equal("20.11.2026 09:15", rows[0]["Өтініш күні мен уақыты / Дата и время обращения"]?.ToString());
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"INC-2026-{i:000000}").Reverse(), rows.Select(r => r["№"]?.ToString()));
    }

    [Fact]
    public async Task An_export_of_more_rows_than_the_cap_is_refused_with_the_count()
    {
        await using var app = await IntakeServices.StartAsync();
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 09:15"));

        var found = await app.Query().AllAsync(new JournalFilter(), cap: 0, TestContext.Current.CancellationToken);

        Assert.Equal(1, found.Total);
        Assert.Empty(found.Rows);
    }
}
