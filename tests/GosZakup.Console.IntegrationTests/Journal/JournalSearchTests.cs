using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Journal;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Journal;

/// <summary>Substring search of the Journal (organisation, employee, the search box) through the SQLite FTS5 trigram index
/// of the SQLite migration JournalSearch, and the plain <c>Contains</c> it falls back to for 1-2 characters.</summary>
public class JournalSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The first page's numbers; its count is <paramref name="expectedTotal"/>, or "more than" the page's count limit.
    /// The exact count is the download's.</summary>
    private static async Task<IReadOnlyList<string>> NumbersAsync(IntakeServices app, JournalFilter filter, int expectedTotal)
    {
        var page = await app.Query().PageAsync(filter, 0, 25, Ct);
        Assert.Equal(Math.Min(expectedTotal, JournalQuery.CountLimit), page.Total);
        Assert.Equal(expectedTotal > JournalQuery.CountLimit, page.MoreThanTotal);
        Assert.Equal(Math.Min(expectedTotal, 25), page.Rows.Count);
        Assert.Equal(expectedTotal, (await app.Query().AllAsync(filter, 50_000, Ct)).Total);
        return page.Rows.Select(r => r.Number).ToList();
    }

    [Fact]
    public async Task An_organisation_is_found_by_a_part_in_the_middle_of_its_name_in_any_letter_case()
    {
        await using var app = await IntakeServices.StartAsync();
        var kazakh = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00", organisation: "ТОО Қазақстан Энерго"));
        var samruk = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:05", organisation: "АО «Самұрық-Энерго»"));
        var latin = await app.RegisteredAsync("2026-11-20 10:10", "Kazakhstan Temir Zholy JSC");

        Assert.Equal([kazakh], await NumbersAsync(app, new JournalFilter(Organisation: "Қазақ"), 1));
        Assert.Equal([kazakh], await NumbersAsync(app, new JournalFilter(Organisation: "қазақстан"), 1));
        Assert.Equal([kazakh], await NumbersAsync(app, new JournalFilter(Organisation: "ҚАЗАҚСТАН ЭН"), 1)); // across the space
        Assert.Equal([samruk], await NumbersAsync(app, new JournalFilter(Organisation: "мұрық"), 1));
        Assert.Equal([samruk, kazakh], await NumbersAsync(app, new JournalFilter(Organisation: "энерго"), 2));
        Assert.Equal([latin], await NumbersAsync(app, new JournalFilter(Organisation: "TEMIR"), 1));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Organisation: "Қазақстан Темір"), 0));
        Assert.Equal([samruk, kazakh], await NumbersAsync(app, new JournalFilter(Text: "Энерго"), 2));
        var day = new DateTime(2026, 11, 20);
        Assert.Equal([samruk, kazakh], await NumbersAsync(app, new JournalFilter(Organisation: "энерго", FromDay: day, ToDay: day), 2));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Organisation: "энерго", FromDay: day.AddDays(1)), 0)); // no appeal in the range
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Organisation: "энерго", ToDay: day.AddDays(-1)), 0));
    }

    [Fact]
    public async Task The_search_box_finds_a_number_an_organisation_or_a_BIN_by_a_part_and_employee_by_a_part()
    {
        await using var app = await IntakeServices.StartAsync();
        var first =
            await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00", organisation: "ГУ «Аппарат акима»", taxpayer: JournalData.Taxpayer("04054000123")));
        var second = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:05", organisation: "ТОО «Ақ Жол»"), "aigerim.nurlanova@demo.kz");

        Assert.Equal([second], await NumbersAsync(app, new JournalFilter(Text: second[^6..]), 1));         // "000002"
        Assert.Equal([second, first], await NumbersAsync(app, new JournalFilter(Text: "inc-2026-0000"), 2)); // number, any case
        Assert.Equal([first], await NumbersAsync(app, new JournalFilter(Text: "4000"), 1));                 // BIN, in its middle
        Assert.Equal([first], await NumbersAsync(app, new JournalFilter(Text: "аким"), 1));
        Assert.Equal([second], await NumbersAsync(app, new JournalFilter(Employee: "Nurlanova"), 1));
        Assert.Equal([second], await NumbersAsync(app, new JournalFilter(Text: "Жол", Employee: "nurlan", Channel: AppealChannel.Phone), 1));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Text: "Жол", Employee: "operator@"), 0));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Text: "Zabbix"), 0));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("«Кавычки» \"OR\" NEAR(")]
    [InlineData("Кавычки\" OR \"Энерго")]
    [InlineData("* OR *")]
    [InlineData("NEAR(a b, 1)")]
    [InlineData("OrganisationName : x")]
    [InlineData("{OrganisationName} : Энерго")]
    [InlineData("^Энерго")]
    [InlineData("Энерго*")]
    [InlineData("' OR 1=1 --")]
    [InlineData("*")]
    [InlineData("OR")]
    public async Task Quotes_and_FTS_operators_are_searched_as_plain_text(string term)
    {
        await using var app = await IntakeServices.StartAsync();
        var odd = await app.RegisteredAsync("2026-11-20 10:00", "ТОО «Кавычки» \"OR\" NEAR(a b, 1) * ^ {OrganisationName} : ' OR 1=1 --");
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:05", organisation: "АО «Самұрық-Энерго»"));
        var expected = "ТОО «Кавычки» \"OR\" NEAR(a b, 1) * ^ {OrganisationName} : ' OR 1=1 --".Contains(term, StringComparison.OrdinalIgnoreCase);

        foreach (var filter in new[] { new JournalFilter(Organisation: term), new JournalFilter(Text: term) })
        {
            var numbers = await NumbersAsync(app, filter, expected ? 1 : 0);
            if (expected) Assert.Equal([odd], numbers);
        }
    }

    [Fact]
    public async Task The_index_follows_registration_renaming_and_deletion()
    {
        await using var app = await IntakeServices.StartAsync();
        var received =
            await app.Get<Web.Features.Inbox.AppealIntake>().ReceiveAsync(JournalData.Appeal("2026-11-20 10:00", organisation: "ТОО «Альфа-Сервис»"), Ct);
        Assert.True(received.Succeeded);
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Organisation: "Альфа"), 0)); // in the Inbox, not the Journal

        var number = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:05", organisation: "ТОО «Альфа-Сервис»"));
        Assert.Equal([number], await NumbersAsync(app, new JournalFilter(Organisation: "Альфа"), 1));

        await using (var db = app.NewDb())
        {
            var appeal = await db.Set<AppealRecord>().SingleAsync(a => a.Incident!.Number == number, Ct);
            appeal.OrganisationName = "ТОО «Бета-Сервис»";
            await db.SaveChangesAsync(Ct);
        }
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Organisation: "Альфа"), 0));
        Assert.Equal([number], await NumbersAsync(app, new JournalFilter(Organisation: "бета"), 1));
        Assert.Equal([number], await NumbersAsync(app, new JournalFilter(Text: "Сервис"), 1));

        await using (var db = app.NewDb())
        {
            var appeal = await db.Set<AppealRecord>().SingleAsync(a => a.Incident!.Number == number, Ct);
            appeal.RegisteredByName = "Данияр Сейткали";
            await db.SaveChangesAsync(Ct);
        }
        Assert.Equal([number], await NumbersAsync(app, new JournalFilter(Employee: "сейткали"), 1));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Employee: "operator"), 0));

        await using (var db = app.NewDb())
        {
            db.Remove(await db.Set<AppealRecord>().SingleAsync(a => a.Incident!.Number == number, Ct));
            await db.SaveChangesAsync(Ct);
        }
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Organisation: "бета"), 0));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Text: "Сервис"), 0));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Employee: "Сейткали"), 0));
    }

    [Fact]
    public async Task Terms_of_one_or_two_characters_still_match_as_before()
    {
        await using var app = await IntakeServices.StartAsync();
        var akZhol = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00", organisation: "ТОО «Ақ Жол»"));
        var clinic = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:05", organisation: "КГП «Поликлиника №7»"));

        Assert.Equal([akZhol], await NumbersAsync(app, new JournalFilter(Organisation: "Ақ"), 1));
        Assert.Equal([clinic], await NumbersAsync(app, new JournalFilter(Organisation: "№"), 1));
        Assert.Equal([clinic], await NumbersAsync(app, new JournalFilter(Text: "№7"), 1));
        Assert.Equal([clinic, akZhol], await NumbersAsync(app, new JournalFilter(Text: "«"), 2));
        Assert.Empty(await NumbersAsync(app, new JournalFilter(Organisation: "Zx"), 0));
        Assert.Equal([clinic, akZhol], await NumbersAsync(app, new JournalFilter(Employee: "op"), 2));
    }

    [Fact]
    public async Task A_term_with_many_matches_is_counted_up_to_the_limit_on_a_page_exactly_for_a_download_and_paged_in_registration_order()
    {
        const int Many = JournalSearch.DriveLimit + 150;
        await using var app = await IntakeServices.StartAsync();
        await using (var db = app.NewDb())
        {
            var start = new DateTime(2026, 11, 1, 4, 0, 0, DateTimeKind.Utc);
            for (var i = 1; i <= Many + 10; i++)
            {
                var at = start.AddMinutes(i);
                var incident = new IncidentRecord
                {
                    Number = $"INC-2026-{i:000000}", Year = 2026, Sequence = i, RegisteredAtUtc = at, RegisteredByName = "operator@demo.kz"
                };
                db.Add(new AppealRecord
                {
                    Channel = i % 2 == 0 ? AppealChannel.Email : AppealChannel.Phone, ReceivedAtUtc = at.AddMinutes(-1),
                    OrganisationName = i <= Many ? $"ТОО «Массовый поставщик {i}»" : $"ИП «Другой {i}»", Description = "Портал недоступен",
                    RegisteredAtUtc = at, RegisteredByName = "operator@demo.kz", Incident = incident,
                });
            }
            await db.SaveChangesAsync(Ct);
        }
        string Number(int i) => $"INC-2026-{i:000000}";

        var all = await NumbersAsync(app, new JournalFilter(Organisation: "массовый"), Many);
        Assert.Equal(Enumerable.Range(Many - 24, 25).Reverse().Select(Number), all);

        var byText = await NumbersAsync(app, new JournalFilter(Text: "Массовый"), Many);
        Assert.Equal(all, byText);

        // Pages reach the first CountLimit rows in the chosen order.
        var limit = JournalQuery.CountLimit;
        var lastOfOldest =
            await app.Query().PageAsync(new JournalFilter(Organisation: "Массовый", SortBy: JournalSort.Number, Descending: false), limit - 5, 25, Ct);
        Assert.Equal((limit, true), (lastOfOldest.Total, lastOfOldest.MoreThanTotal));
        Assert.Equal(Enumerable.Range(limit - 4, 5).Select(Number), lastOfOldest.Rows.Select(r => r.Number));

        // With other filters the count is the query's own.
        var email = await NumbersAsync(app, new JournalFilter(Organisation: "Массовый", Channel: AppealChannel.Email), Many / 2);
        Assert.Equal(Enumerable.Range(Many - 48, 49).Where(i => i % 2 == 0).Reverse().Select(Number), email);
        Assert.Equal(Many, (await app.Query().AllAsync(new JournalFilter(Organisation: "Массовый", FromDay: new DateTime(2026, 10, 1)), 50_000, Ct)).Total);
        Assert.Equal(Many, await app.Query().CountUpToAsync(new JournalFilter(Organisation: "Массовый"), 50_000, Ct));
        Assert.Equal(Many - 99, await app.Query().CountUpToAsync(new JournalFilter(Organisation: "Массовый"), Many - 100, Ct));
        // 2 November in Astana starts at 19:00 UTC on 1 November: appeals 901 and later, fewer than the limit within that day.
        var secondDay = await NumbersAsync(app,
            new JournalFilter(Organisation: "Массовый", FromDay: new DateTime(2026, 11, 2), ToDay: new DateTime(2026, 11, 2)), Many - 900);
        Assert.Equal(all, secondDay);
        Assert.True(Many - 900 <= JournalSearch.DriveLimit);

        // Beyond the limit nothing is read, and the count stays.
        var past = await app.Query().PageAsync(new JournalFilter(Organisation: "Массовый"), limit, 25, Ct);
        Assert.Equal((limit, true), (past.Total, past.MoreThanTotal));
        Assert.Empty(past.Rows);
    }

    [Fact]
    public async Task On_SQL_Server_substring_terms_stay_plain_conditions()
    {
        await using var db = DatabaseRegistration.CreateStandalone(new DatabaseSettings(DatabaseProvider.SqlServer,
            "Server=(none);Database=GosZakupConsole;Trusted_Connection=True"));
        var filter = new JournalFilter(Text: "Энерго", Organisation: "Қазақ", Employee: "operator", Channel: AppealChannel.Email);

        var search = await JournalSearch.PrepareAsync(db, filter, Ct);
        var sql = db.Matching(filter, search).ToQueryString();

        Assert.DoesNotContain("AppealSearch", sql);
        Assert.DoesNotContain("MATCH", sql);
        Assert.Contains("[OrganisationName]", sql);
        Assert.Null(await search.CountAsync(db, filter, Ct));
    }

    [Theory]
    [InlineData("Энерго", "\"Энерго\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("x OR y*", "\"x OR y*\"")]
    public void A_term_becomes_one_FTS5_string(string term, string expected) => Assert.Equal(expected, JournalSearch.Phrase(term));
}

internal static class JournalSearchData
{
    /// <summary>Receives and registers an appeal of <paramref name="organisation"/>, received at <paramref name="receivedAstana"/>.</summary>
    public static Task<string> RegisteredAsync(this IntakeServices app, string receivedAstana, string organisation) =>
        app.RegisterAsync(JournalData.Appeal(receivedAstana, organisation: organisation));
}
