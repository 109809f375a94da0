using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Journal;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Journal;

/// <summary>The Journal over more rows than a short term is looked for in (<see cref="JournalShortTerms.Rows"/>), and a status
/// that more than <see cref="JournalSearch.DriveLimit"/> incidents have: each answer is exact, and a short term's page says
/// from when it searched.</summary>
public class JournalWindowTests
{
    private const int Many = JournalShortTerms.Rows + 100;
    private static readonly DateTime Start = new(2026, 11, 1, 4, 0, 0, DateTimeKind.Utc); // 1 Nov, 09:00 Astana

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Number(int i) => $"INC-2026-{i:000000}";

    /// <summary>Appeal i is received at <see cref="Start"/> + i minutes and registered a minute later; the first
    /// <paramref name="old"/> are "ТОО «Ақ Жол»" and Closed, the rest "ГУ «Управление образования»" and Registered, except
    /// appeal <paramref name="recent"/>, "ТОО «Ақ Су»". Written in bulk (no audit), as the load set is.</summary>
    private static async Task SeedAsync(IntakeServices app, int old, int recent)
    {
        await using var db = app.NewDb();
        FormattableString incidents = $"""
            INSERT INTO "Incidents" ("Id", "Number", "Year", "Sequence", "RegisteredAtUtc", "RegisteredByName", "Status", "NoSecurityMemberTookPart",
                "ForceMajeureWholePortal", "Version")
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Many})
            SELECT printf('00000000-0000-0000-0000-%012d', i), printf('INC-2026-%06d', i), 2026, i,
                strftime('%Y-%m-%d %H:%M:%S', '2026-11-01 04:00:00', '+' || (i + 1) || ' minutes'), 'operator@demo.kz',
                CASE WHEN i <= {old} THEN 'Closed' ELSE 'Registered' END, 0, 0, printf('10000000-0000-0000-0000-%012d', i)
            FROM n
            """;
        await db.Database.ExecuteSqlInterpolatedAsync(incidents, Ct);
        FormattableString appeals = $"""
            INSERT INTO "Appeals" ("Id", "Channel", "ReceivedAtUtc", "LateReport", "OrganisationName", "ContactEmail", "Description",
                "ParticipationBlocked", "RegisteredAtUtc", "RegisteredByName", "IncidentId", "AlertRepeats", "Version")
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Many})
            SELECT printf('20000000-0000-0000-0000-%012d', i), 'Phone', strftime('%Y-%m-%d %H:%M:%S', '2026-11-01 04:00:00', '+' || i || ' minutes'), 0,
                CASE WHEN i <= {old} THEN 'ТОО «Ақ Жол»' WHEN i = {recent} THEN 'ТОО «Ақ Су»' ELSE 'ГУ «Управление образования»' END,
                'user@company.kz', 'Портал недоступен', 0, strftime('%Y-%m-%d %H:%M:%S', '2026-11-01 04:00:00', '+' || (i + 1) || ' minutes'),
                'operator@demo.kz', printf('00000000-0000-0000-0000-%012d', i), 0, printf('30000000-0000-0000-0000-%012d', i)
            FROM n
            """;
        await db.Database.ExecuteSqlInterpolatedAsync(appeals, Ct);
    }

    [Fact]
    public async Task A_short_term_is_looked_for_in_the_newest_appeals_and_the_page_says_from_when()
    {
        await using var app = await IntakeServices.StartAsync();
        await SeedAsync(app, old: 5, recent: Many - 3);

        var page = await app.Query().PageAsync(new JournalFilter(Organisation: "Ақ"), 0, 25, Ct);

        Assert.Equal([Number(Many - 3)], page.Rows.Select(r => r.Number));
        Assert.Equal(1, page.Total);
        // The window is the newest Rows appeals: it starts at the receipt of appeal Many - Rows + 1.
        Assert.Equal(Start.AddMinutes(Many - JournalShortTerms.Rows + 1), page.ShortTermsFromUtc);
        var text = await app.Query().PageAsync(new JournalFilter(Text: "Су"), 0, 25, Ct);
        Assert.Equal([Number(Many - 3)], text.Rows.Select(r => r.Number));
        Assert.NotNull(text.ShortTermsFromUtc);
    }

    [Fact]
    public async Task A_short_term_searches_every_row_of_dates_that_hold_fewer_than_the_window_and_of_a_download()
    {
        await using var app = await IntakeServices.StartAsync();
        await SeedAsync(app, old: 5, recent: Many - 3);
        var firstDay = new DateTime(2026, 11, 1);

        var ranged = await app.Query().PageAsync(new JournalFilter(Organisation: "Ақ", FromDay: firstDay, ToDay: firstDay), 0, 25, Ct);
        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(Number), ranged.Rows.Select(r => r.Number));
        Assert.Null(ranged.ShortTermsFromUtc);

        var all = await app.Query().AllAsync(new JournalFilter(Organisation: "Ақ"), 50_000, Ct);
        Assert.Equal(6, all.Total);
        Assert.Null(all.ShortTermsFromUtc);

        var longer = await app.Query().PageAsync(new JournalFilter(Organisation: "Ақ Ж"), 0, 25, Ct);
        Assert.Equal(5, longer.Total);
        Assert.Null(longer.ShortTermsFromUtc);
    }

    [Fact]
    public async Task A_common_status_and_a_rare_one_are_counted_and_paged_in_registration_order()
    {
        await using var app = await IntakeServices.StartAsync();
        await SeedAsync(app, old: 30, recent: Many - 3);

        var registered = await app.Query().PageAsync(new JournalFilter(Status: "Registered"), 0, 25, Ct);
        Assert.Equal((JournalQuery.CountLimit, true), (registered.Total, registered.MoreThanTotal));
        Assert.Equal(Many - 30, (await app.Query().AllAsync(new JournalFilter(Status: "Registered"), 50_000, Ct)).Total); // exact, for a download
        Assert.Equal(Enumerable.Range(Many - 24, 25).Reverse().Select(Number), registered.Rows.Select(r => r.Number));
        var lastPage = await app.Query().PageAsync(new JournalFilter(Status: "Registered"), JournalQuery.CountLimit - 25, 25, Ct);
        Assert.Equal(Enumerable.Range(Many - JournalQuery.CountLimit + 1, 25).Reverse().Select(Number), lastPage.Rows.Select(r => r.Number));

        var closed = await app.Query().PageAsync(new JournalFilter(Status: "Closed"), 0, 25, Ct);
        Assert.Equal(30, closed.Total);
        Assert.Equal(Enumerable.Range(6, 25).Reverse().Select(Number), closed.Rows.Select(r => r.Number));

        var firstDay = new DateTime(2026, 11, 1);
        var registeredFirstDay = await app.Query().PageAsync(new JournalFilter(Status: "Registered", FromDay: firstDay, ToDay: firstDay), 0, 25, Ct);
        Assert.Equal(899 - 30, registeredFirstDay.Total); // received 09:01-23:59 Astana on 1 November, less the 30 closed
        Assert.Empty((await app.Query().PageAsync(new JournalFilter(Status: "Fixed"), 0, 25, Ct)).Rows);
    }
}
