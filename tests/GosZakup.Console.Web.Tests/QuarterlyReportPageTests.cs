using Bunit;
using GosZakup.Console.Infrastructure.Reports;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Acts.Signing;
using GosZakup.Console.Web.Features.QuarterlyReport;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>The quarterly report page (R2 §27): a running build shows its progress, and who may build or sign sees the buttons.</summary>
public class QuarterlyReportPageTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<QuarterlyReportPage>> RenderAsync(string role)
    {
        AddAuthorization().SetAuthorized($"{role.ToLowerInvariant()}@test.kz").SetRoles(role);
        Services.AddSingleton(new SignatureTrust(new SigningOptions(), Path.GetTempPath(), TimeProvider.System));
        Services.AddScoped<QuarterlyReportQuery>().AddScoped<QuarterlyReportCommands>();
        await using (var db = await MigratedDatabaseAsync())
        {
            var at = new DateTime(2026, 11, 20, 5, 0, 0, DateTimeKind.Utc);
            db.AddRange(
                new QuarterlyReportRecord { Year = 2026, Quarter = 3, State = QuarterlyReportState.Building, Progress = 50, RequestedAtUtc = at, RequestedByName = "manager@test.kz" },
                new QuarterlyReportRecord { Year = 2026, Quarter = 2, State = QuarterlyReportState.Ready, Progress = 100, RequestedAtUtc = at.AddHours(-1), RequestedByName = "manager@test.kz", BuiltAtUtc = at });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        Render<MudPopoverProvider>();
        return Render<QuarterlyReportPage>();
    }

    [Fact]
    public async Task A_manager_sees_the_running_build_with_its_progress_and_may_sign_the_ready_one()
    {
        var cut = await RenderAsync("Manager");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=quarterly-state]").Count));
        var states = cut.FindAll("[data-testid=quarterly-state]");
        Assert.Contains("Building", states[0].TextContent);
        Assert.Contains("50 %", states[0].TextContent);
        Assert.Contains("Ready to sign", states[1].TextContent);
        Assert.Single(cut.FindAll("[data-testid=quarterly-progress]"));
        Assert.Single(cut.FindAll("[data-testid=quarterly-sign-open]"));
        Assert.Single(cut.FindAll("[data-testid=quarterly-build]"));
    }

    [Fact]
    public async Task A_supervisor_builds_but_does_not_sign()
    {
        var cut = await RenderAsync("Supervisor");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=quarterly-state]").Count));
        Assert.Empty(cut.FindAll("[data-testid=quarterly-sign-open]"));
        Assert.Single(cut.FindAll("[data-testid=quarterly-build]"));
    }

    [Fact]
    public async Task The_Working_Group_sees_no_unsigned_build()
    {
        var cut = await RenderAsync("WorkingGroup");

        cut.WaitForAssertion(() => Assert.Contains("No reports yet", cut.Find("[data-testid=quarterly-table]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=quarterly-state]"));
        Assert.Empty(cut.FindAll("[data-testid=quarterly-build]"));
    }
}
