using System.Security.Claims;
using Bunit;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Web.Features.MyWork;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>The board of an operator, "u1", at the pinned 07:10 UTC (12:10 Astana).</summary>
public class MyWorkPageTests : ConsoleTestContext
{
    private static readonly DateTime Now = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static ObligationRecord Duty(ObligationDefinition definition, string type, Guid subject, int minutesLeft, DateTime? metAt = null) => new()
    {
        Code = definition.Code, Clause = definition.Clause, SubjectType = type, SubjectId = subject.ToString(), Counting = definition.Counting,
        TriggeredAtUtc = Now.AddMinutes(-30), DueAtUtc = Now.AddMinutes(minutesLeft),
        Warn50AtUtc = Now.AddMinutes(minutesLeft / 2.0 - 15), Warn80AtUtc = Now.AddMinutes(minutesLeft * 0.8 - 6), MetAtUtc = metAt,
    };

    private static IncidentRecord Incident(int sequence, string? assignedTo = null) =>
        new()
        {
            Number = $"INC-2026-{sequence:000000}", Year = 2026, Sequence = sequence, RegisteredAtUtc = Now, RegisteredByName = "op", AssignedToId = assignedTo
        };

    private async Task<IRenderedComponent<MyWorkPage>> RenderAsync(Action<Microsoft.EntityFrameworkCore.DbContext> arrange)
    {
        AddAuthorization().SetAuthorized("op@test.kz").SetRoles(StaffRole.Operator).SetClaims(new Claim(ClaimTypes.NameIdentifier, "u1"));
        Services.AddMyWork();
        await using (var db = await MigratedDatabaseAsync())
        {
            db.Roles.AddRange(StaffRole.All.Select(r => new IdentityRole(r) { Id = r, NormalizedName = r.ToUpperInvariant() }));
            db.Users.AddRange(new ApplicationUser { Id = "u1", UserName = "op@test.kz", Email = "op@test.kz" },
                new ApplicationUser { Id = "s1", UserName = "sp@test.kz", Email = "sp@test.kz" });
            db.UserRoles.AddRange(new IdentityUserRole<string> { UserId = "u1", RoleId = StaffRole.Operator },
                new IdentityUserRole<string> { UserId = "s1", RoleId = StaffRole.Specialist });
            arrange(db);
            await db.SaveChangesAsync(Ct);
        }
        Render<MudPopoverProvider>();
        return Render<MyWorkPage>();
    }

    [Fact]
    public async Task The_board_lists_the_users_duties_least_time_left_first()
    {
        var cut = await RenderAsync(db =>
        {
            var appeal = new AppealRecord { ReceivedAtUtc = Now.AddMinutes(-20), OrganisationName = "ТОО «Ақ Жол»", Description = "Сбой" };
            var unassigned = Incident(1);
            var mine = Incident(2, assignedTo: "u1");
            var specialists = Incident(3);
            db.AddRange(appeal, unassigned, mine, specialists);
            db.AddRange(
                Duty(ObligationCatalogue.IdEmail, "Incident", unassigned.Id, 40),          // an operator's duty, nobody holds the incident
                Duty(ObligationCatalogue.Analyse, "Incident", mine.Id, 90),                // assigned to u1
                Duty(ObligationCatalogue.Register, "Appeal", appeal.Id, 10),               // an operator's duty, nobody took the appeal
                Duty(ObligationCatalogue.Analyse, "Incident", specialists.Id, 5),          // the specialists' duty: not on this board
                Duty(ObligationCatalogue.IdEmail, "Incident", mine.Id, 1, metAt: Now));    // met: not on the board
        });

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=mywork-row]").Count));
        Assert.Equal(["register", "id-email", "analyse"], cut.FindAll("[data-testid=mywork-row]").Select(r => r.GetAttribute("data-code")));
        Assert.Equal(["ТОО «Ақ Жол», 20.11.2026 11:50", "INC-2026-000001", "INC-2026-000002"],
            cut.FindAll("[data-testid=mywork-subject]").Select(s => s.TextContent.Trim()));
        Assert.Equal(["/inbox", "/incidents/INC-2026-000001", "/incidents/INC-2026-000002"],
            cut.FindAll("[data-testid=mywork-subject]").Select(s => s.GetAttribute("href")));
        Assert.Equal(["Register the appeal", "E-mail the identifier", "Confirm or refute"],
            cut.FindAll("[data-testid=mywork-duty]").Select(d => d.TextContent.Trim()));
        Assert.Equal(["10:00", "40:00", "1:30:00"], cut.FindAll("[data-testid=countdown-left]").Select(c => c.TextContent.Trim()));
        Assert.Contains("assigned to you", cut.FindAll("tr")[3].TextContent);
    }

    [Fact]
    public async Task The_countdowns_move_and_turn_amber_then_red_without_reloading()
    {
        var cut = await RenderAsync(db =>
        {
            var incident = Incident(1);
            db.Add(incident);
            db.Add(Duty(ObligationCatalogue.IdEmail, "Incident", incident.Id, 40));
        });
        cut.WaitForAssertion(() => Assert.Equal("green", cut.Find("[data-testid=countdown]").GetAttribute("data-stage")));

        Clock.Advance(TimeSpan.FromMinutes(6)); // past 50 %: 5 minutes from now (see Duty)
        cut.WaitForAssertion(() => Assert.Equal("amber", cut.Find("[data-testid=countdown]").GetAttribute("data-stage")));
        Assert.Equal("34:00", cut.Find("[data-testid=countdown-left]").TextContent.Trim());

        Clock.Advance(TimeSpan.FromMinutes(41));
        cut.WaitForAssertion(() => Assert.Equal("breached", cut.Find("[data-testid=countdown]").GetAttribute("data-stage")));
    }

    [Fact]
    public async Task Nothing_due_shows_the_empty_state()
    {
        var cut = await RenderAsync(db =>
        {
            var incident = Incident(1);
            db.Add(incident);
            db.Add(Duty(ObligationCatalogue.Analyse, "Incident", incident.Id, 90)); // the specialists'
        });

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=empty-state]")));
        Assert.Empty(cut.FindAll("[data-testid=mywork-row]"));
    }
}
