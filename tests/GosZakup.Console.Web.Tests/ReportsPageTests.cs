using Bunit;
using GosZakup.Console.Web.Features.Reports;

namespace GosZakup.Console.Web.Tests;

/// <summary>The reports page lists what each role may open (issue 8 §6: the Working Group reads reports only).</summary>
public class ReportsPageTests : ConsoleTestContext
{
    private string[] CardsFor(string role)
    {
        AddAuthorization().SetAuthorized($"{role.ToLowerInvariant()}@test.kz").SetRoles(role);
        var cut = Render<ReportsPage>();
        return [.. cut.FindAll("[data-testid^=report-]").Select(card => card.GetAttribute("data-testid")!)];
    }

    [Fact]
    public void The_Working_Group_sees_the_daily_quarterly_and_penalty_reports_only() =>
        Assert.Equal(["report-Daily", "report-Quarterly", "report-Penalties"], CardsFor("WorkingGroup"));

    [Fact]
    public void A_manager_also_sees_the_complaints_and_the_dashboard() =>
        Assert.Equal(["report-Daily", "report-Quarterly", "report-Penalties", "report-Complaints", "report-Dashboard"], CardsFor("Manager"));
}
