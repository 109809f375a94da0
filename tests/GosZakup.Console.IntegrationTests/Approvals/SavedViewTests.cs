using System.Security.Claims;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.Journal;
using GosZakup.Console.Web.Features.SavedViews;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Approvals;

/// <summary>Saved views on a real SQLite file: each user's own named filters, and the built-in views of the incidents
/// list at the pinned 12:10 Astana (07:10 UTC).</summary>
public sealed class SavedViewTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);
    private IntakeServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ClaimsPrincipal User(string id) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, id + "@demo.kz")], "test"));

    public async ValueTask InitializeAsync() =>
        services = await IntakeServices.StartAsync(s => s.AddSavedViews().AddScoped<IncidentList>());

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task A_user_saves_the_current_filter_under_a_name_sees_only_their_own_views_and_deletes_one()
    {
        var store = services.Get<SavedViewStore>();

        var (saved, error) = await store.SaveAsync(User("u1"), ViewLists.Journal, " Мои за ноябрь ", "?from=2026-11-01&status=Fixed", Ct);
        await store.SaveAsync(User("u2"), ViewLists.Journal, "Чужой", "status=Closed", Ct);
        await store.SaveAsync(User("u1"), ViewLists.Incidents, "Открытые", "status=Confirmed", Ct);

        Assert.Null(error);
        var mine = Assert.Single(await store.ListAsync(User("u1"), ViewLists.Journal, Ct));
        Assert.Equal(("Мои за ноябрь", "from=2026-11-01&status=Fixed"), (mine.Name, mine.Query));
        Assert.False(await store.DeleteAsync(User("u2"), saved!.Id, Ct)); // only its owner deletes a view
        Assert.True(await store.DeleteAsync(User("u1"), saved.Id, Ct));
        Assert.Empty(await store.ListAsync(User("u1"), ViewLists.Journal, Ct));
        Assert.Single(await store.ListAsync(User("u1"), ViewLists.Incidents, Ct));
    }

    [Fact]
    public async Task Saving_under_an_existing_name_replaces_that_view_and_a_blank_name_is_refused()
    {
        var store = services.Get<SavedViewStore>();

        await store.SaveAsync(User("u1"), ViewLists.Incidents, "Мои", "view=mine", Ct);
        await store.SaveAsync(User("u1"), ViewLists.Incidents, "Мои", "view=mine&status=Fixing", Ct);
        var (blank, error) = await store.SaveAsync(User("u1"), ViewLists.Incidents, "  ", "view=mine", Ct);

        Assert.Equal("view=mine&status=Fixing", Assert.Single(await store.ListAsync(User("u1"), ViewLists.Incidents, Ct)).Query);
        Assert.Null(blank);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public async Task The_incident_views_give_mine_unassigned_and_breaching_in_10_minutes()
    {
        var mine = Incident(1, "u1");
        var nobodys = Incident(2, null);
        var refuted = Incident(3, null, IncidentStatus.Refuted);
        var breaching = Incident(4, "u2");
        await using (var db = services.NewDb())
        {
            db.AddRange(mine, nobodys, refuted, breaching);
            db.Obligations.AddRange(Duty(breaching, Now.AddMinutes(9)), Duty(mine, Now.AddMinutes(11)));
            await db.SaveChangesAsync(Ct);
        }
        var list = services.Get<IncidentList>();

        async Task<string[]> Numbers(string view) => [.. (await list.ListAsync(null, view, "u1", Now, Ct)).Select(i => i.Number).Order()];

        Assert.Equal([mine.Number], await Numbers(BuiltInViews.Mine));
        Assert.Equal([nobodys.Number], await Numbers(BuiltInViews.Unassigned)); // a refuted incident waits for nobody
        Assert.Equal([breaching.Number], await Numbers(BuiltInViews.Breaching));
        Assert.Equal(4, await list.CountAsync(null, BuiltInViews.All, "u1", Now, Ct));
        Assert.Equal(0, await list.CountAsync("Fixing", BuiltInViews.Mine, "u1", Now, Ct));
    }

    [Fact]
    public void The_Journal_reads_its_view_from_the_address_and_mine_is_what_the_user_registered()
    {
        var filter = JournalViews.FromQuery("?view=mine&status=Fixed&from=2026-11-01", "operator@demo.kz");

        Assert.Equal(("operator@demo.kz", "Fixed", new DateTime(2026, 11, 1)), (filter!.Employee, filter.Status, filter.FromDay));
        Assert.Null(JournalViews.FromQuery("from=01.11.2026", "operator@demo.kz"));
    }

    private static IncidentRecord Incident(int sequence, string? assignee, IncidentStatus status = IncidentStatus.Confirmed) => new()
    {
        Number = $"INC-2026-{sequence:000000}", Year = 2026, Sequence = sequence, RegisteredAtUtc = Now.AddHours(-1), RegisteredByName = "op",
        AssignedToId = assignee, Status = status,
    };

    private static ObligationRecord Duty(IncidentRecord incident, DateTime due) => new()
    {
        Code = "announce", Clause = "R2 §15.2", SubjectType = "Incident", SubjectId = incident.Id.ToString(), TriggeredAtUtc = Now.AddMinutes(-20),
        DueAtUtc = due,
    };
}
