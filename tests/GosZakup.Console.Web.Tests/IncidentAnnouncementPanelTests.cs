using Bunit;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Announcements;
using MudBlazor;
using Severity = GosZakup.Console.Domain.Incidents.Severity;

namespace GosZakup.Console.Web.Tests;

public class IncidentAnnouncementPanelTests : ConsoleTestContext
{
    private static readonly DateTime At = new(2026, 11, 20, 7, 0, 0, DateTimeKind.Utc);

    /// <summary>A medium incident whose announcement has one published update and a draft waiting.</summary>
    private async Task<Guid> IncidentWithThreadAsync()
    {
        Services.AddAnnouncements();
        await using var db = await MigratedDatabaseAsync();
        var incident = new IncidentRecord
        {
            Number = "INC-2026-000042", Year = 2026, Sequence = 42, RegisteredAtUtc = At, RegisteredByName = "operator@test.kz", Severity = Severity.Medium,
        };
        var announcement = new AnnouncementRecord
        {
            Kind = AnnouncementKind.Failure, IncidentId = incident.Id, CreatedAtUtc = At, FirstPublishedAtUtc = At, LastPublishedAtUtc = At
        };
        announcement.Updates.Add(Update(announcement, "Іркіліс расталды", "Сбой подтверждён", UpdateState.Published));
        announcement.Updates.Add(Update(announcement, "Іркіліс жойылды", "Сбой устранён", UpdateState.Draft));
        db.AddRange(incident, announcement);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        return incident.Id;
    }

    private static AnnouncementUpdateRecord Update(AnnouncementRecord announcement, string kk, string ru, UpdateState state) => new()
    {
        AnnouncementId = announcement.Id, State = state, TitleKk = kk, TitleRu = ru, BodyKk = kk + ".", BodyRu = ru + ".",
        CreatedAtUtc = At, CreatedByName = "operator@test.kz",
        PublishedAtUtc = state == UpdateState.Published ? At : null, PublishedByName = state == UpdateState.Published ? "operator@test.kz" : null,
    };

    private async Task<IRenderedComponent<IncidentAnnouncementPanel>> RenderAsync(string role)
    {
        AddAuthorization().SetAuthorized("someone@test.kz").SetRoles(role);
        var incidentId = await IncidentWithThreadAsync();
        Render<MudPopoverProvider>();
        return Render<IncidentAnnouncementPanel>(p => p.Add(c => c.IncidentId, incidentId));
    }

    [Fact]
    public async Task The_panel_lists_the_incidents_thread_draft_first_in_both_languages()
    {
        var cut = await RenderAsync("Operator");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=announcement-update]").Count));
        var updates = cut.FindAll("[data-testid=announcement-update]");
        Assert.Equal("Draft", updates[0].GetAttribute("data-state"));
        Assert.Contains("Сбой устранён", updates[0].TextContent);
        Assert.Contains("Іркіліс жойылды", updates[0].TextContent);
        Assert.Equal("Published", updates[1].GetAttribute("data-state"));
        Assert.Contains("INC-2026-000042", cut.Markup);
    }

    [Theory]
    [InlineData("Operator", true)]
    [InlineData("Supervisor", true)]
    [InlineData("Manager", true)]
    [InlineData("Specialist", false)]
    [InlineData("WorkingGroup", false)]
    public async Task Only_roles_that_publish_are_offered_to_publish_or_draft(string role, bool publishes)
    {
        var cut = await RenderAsync(role);

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=announcement-update]").Count));
        Assert.Equal(publishes ? 1 : 0, cut.FindAll("[data-testid=announcement-publish]").Count);
        Assert.Equal(publishes ? 1 : 0, cut.FindAll("[data-testid=announcement-draft-from-incident]").Count);
    }
}
