using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Journal;

namespace GosZakup.Console.IntegrationTests.Providers;

public abstract partial class ProviderContractTests
{
    [Fact]
    public async Task The_Journal_pages_common_and_rare_terms_newest_first_counting_a_page_up_to_its_limit()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        // More matches than JournalSearch.DriveLimit, so common terms take the walking plans on every provider.
        const int Many = JournalSearch.DriveLimit + 100, Older = 50;
        string Number(int i) => $"INC-{(i <= Older ? 2025 : 2026)}-{i:000000}";
        await using (var db = app.NewDb())
        {
            var start = new DateTime(2026, 11, 1, 4, 0, 0, DateTimeKind.Utc);
            for (var i = 1; i <= Many; i++)
            {
                var at = start.AddMinutes(i);
                var incident = new IncidentRecord
                {
                    Number = Number(i), Year = i <= Older ? 2025 : 2026, Sequence = i, RegisteredAtUtc = at, RegisteredByName = "operator@demo.kz"
                };
                db.Add(new AppealRecord
                {
                    Channel = AppealChannel.Email, ReceivedAtUtc = at.AddMinutes(-1), OrganisationName = $"ТОО «Массовый поставщик {i}»",
                    Description = "Портал недоступен", RegisteredAtUtc = at, RegisteredByName = "operator@demo.kz", Incident = incident,
                });
            }
            await db.SaveChangesAsync(Ct);
        }
        Task<JournalRows> PageAsync(JournalFilter filter) => app.InScopeAsync<JournalQuery, JournalRows>(q => q.PageAsync(filter, 0, 25, Ct));
        Task<JournalRows> AllAsync(JournalFilter filter) => app.InScopeAsync<JournalQuery, JournalRows>(q => q.AllAsync(filter, 50_000, Ct));

        var newest = Enumerable.Range(Many - 24, 25).Reverse().Select(Number).ToList();
        foreach (var common in new[] { new JournalFilter(Text: "INC-2026"), new JournalFilter(Text: "массовый"), new JournalFilter(Organisation: "МАССОВЫЙ") })
        {
            var page = await PageAsync(common);
            Assert.Equal(newest, page.Rows.Select(r => r.Number));
            Assert.Equal((JournalQuery.CountLimit, true), (page.Total, page.MoreThanTotal));
        }
        Assert.Equal(Many - Older, (await AllAsync(new JournalFilter(Text: "INC-2026"))).Total);
        Assert.Equal(Many, (await AllAsync(new JournalFilter(Text: "массовый"))).Total);
        Assert.Equal(Many, await app.InScopeAsync<JournalQuery, int>(q => q.CountUpToAsync(new JournalFilter(Organisation: "Массовый"), 50_000, Ct)));

        var rare = await PageAsync(new JournalFilter(Text: "inc-2025-000007"));
        Assert.Equal([Number(7)], rare.Rows.Select(r => r.Number));
        Assert.Equal((1, false), (rare.Total, rare.MoreThanTotal));
        var older = await PageAsync(new JournalFilter(Text: "INC-2025"));
        Assert.Equal(Enumerable.Range(Older - 24, 25).Reverse().Select(Number), older.Rows.Select(r => r.Number));
        Assert.Equal((Older, false), (older.Total, older.MoreThanTotal));
        // A common way (the organisation) or a rare one (the number) in one box: either finds the row.
        var either = await PageAsync(new JournalFilter(Text: "поставщик 7»"));
        Assert.Equal([Number(7)], either.Rows.Select(r => r.Number));
    }
}
