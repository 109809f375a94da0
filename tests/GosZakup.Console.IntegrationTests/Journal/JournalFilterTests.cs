using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Journal;

namespace GosZakup.Console.IntegrationTests.Journal;

public class JournalFilterTests
{
    private static async Task<IReadOnlyList<string>> NumbersAsync(IntakeServices app, JournalFilter filter, int expectedTotal)
    {
        var page = await app.Query().PageAsync(filter, 0, 25, TestContext.Current.CancellationToken);
        Assert.Equal(expectedTotal, page.Total);
        return page.Rows.Select(r => r.Number).ToList();
    }

    [Fact]
    public async Task A_date_range_keeps_the_appeals_received_on_its_Astana_days_both_ends_included()
    {
        await using var app = await IntakeServices.StartAsync();
        await app.RegisterAsync(JournalData.Appeal("2026-11-17 23:59"));             // INC-1: the day before
        var first = await app.RegisterAsync(JournalData.Appeal("2026-11-18 00:00"));  // INC-2: first minute of the range
        var last = await app.RegisterAsync(JournalData.Appeal("2026-11-19 23:59"));   // INC-3: last minute of the range
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 00:00"));             // INC-4: the day after

        var numbers = await NumbersAsync(app, new JournalFilter(FromDay: new DateTime(2026, 11, 18), ToDay: new DateTime(2026, 11, 19)), 2);

        Assert.Equal([last, first], numbers);
    }

    [Fact]
    public async Task A_BIN_matches_exactly_or_by_its_first_digits()
    {
        await using var app = await IntakeServices.StartAsync();
        var company = JournalData.Taxpayer("04054000123");
        var person = JournalData.Taxpayer("85050540012");
        var ofCompany = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00", taxpayer: company));
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:05", taxpayer: person));

        Assert.Equal([ofCompany], await NumbersAsync(app, new JournalFilter(Taxpayer: company), 1));
        Assert.Equal([ofCompany], await NumbersAsync(app, new JournalFilter(Taxpayer: "040540"), 1));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Taxpayer: "54000123"), 0));
    }

    [Fact]
    public async Task A_channel_keeps_only_the_appeals_that_came_through_it()
    {
        await using var app = await IntakeServices.StartAsync();
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00", AppealChannel.Phone));
        var mail = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:05", AppealChannel.Email));
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:10", AppealChannel.Letter));

        Assert.Equal([mail], await NumbersAsync(app, new JournalFilter(Channel: AppealChannel.Email), 1));
    }

    [Fact]
    public async Task Organisation_and_employee_match_a_part_and_combine_with_the_other_filters()
    {
        await using var app = await IntakeServices.StartAsync();
        var wanted = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00", organisation: "АО «Самұрық-Энерго»"), "operator2@demo.kz");
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:05", organisation: "АО «Самұрық-Энерго»"), "operator@demo.kz");
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:10", organisation: "ТОО «Ақ Жол»"), "operator2@demo.kz");

        Assert.Equal([wanted], await NumbersAsync(app, new JournalFilter(Organisation: "Самұрық", Employee: "operator2"), 1));
        Assert.Equal([wanted], await NumbersAsync(app, new JournalFilter(Organisation: "Самұрық", Status: "Registered", Employee: "operator2"), 1));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Status: "Confirmed"), 0));
    }

    [Theory]
    [InlineData(JournalSort.Number, false, "1,2,3")]
    [InlineData(JournalSort.Number, true, "3,2,1")]
    [InlineData(JournalSort.Received, false, "2,3,1")]
    [InlineData(JournalSort.Organisation, false, "3,1,2")]
    [InlineData(JournalSort.Organisation, true, "2,1,3")]
    public async Task Rows_sort_by_number_received_time_or_organisation(JournalSort sort, bool descending, string expected)
    {
        await using var app = await IntakeServices.StartAsync();
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 11:00", organisation: "Бета"));
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 09:00", organisation: "Гамма"));
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00", organisation: "Альфа"));

        var numbers = await NumbersAsync(app, new JournalFilter(SortBy: sort, Descending: descending), 3);

        Assert.Equal(expected, string.Join(",", numbers.Select(n => int.Parse(n[^6..]))));
    }

    [Fact]
    public void A_filter_survives_the_export_link()
    {
        var filter = new JournalFilter("INC", new DateTime(2026, 11, 1), new DateTime(2026, 11, 20), "Ақ Жол", "0405", AppealChannel.Email,
            "operator", "Registered", JournalSort.Organisation, Descending: false);

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString());

        Assert.True(JournalFilter.TryParse(new Microsoft.AspNetCore.Http.QueryCollection(query), out var read));
        Assert.Equal(filter, read);
    }
}
