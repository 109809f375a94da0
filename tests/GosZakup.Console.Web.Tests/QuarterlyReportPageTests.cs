using Bunit;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Reports;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Acts.Signing;
using GosZakup.Console.Web.Features.LongJobs;
using GosZakup.Console.Web.Features.QuarterlyReport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>The quarterly report page (R2 §27): a running build shows its progress, and who may build or sign sees the buttons.</summary>
public class QuarterlyReportPageTests : ConsoleTestContext
{
    private static readonly DateTime At = new(2026, 11, 20, 5, 0, 0, DateTimeKind.Utc);

    private async Task<IRenderedComponent<QuarterlyReportPage>> RenderAsync(string role, Action<AppDbContext>? more = null, TimeSpan? later = null)
    {
        AddAuthorization().SetAuthorized($"{role.ToLowerInvariant()}@test.kz").SetRoles(role);
        Services.AddSingleton(new SignatureTrust(new SigningOptions(), Path.GetTempPath(), TimeProvider.System));
        Services.AddScoped<QuarterlyReportQuery>().AddScoped<QuarterlyReportCommands>().AddLongJobCore();
        await using (var db = await MigratedDatabaseAsync())
        {
            var building = new QuarterlyReportRecord
            {
                Year = 2026, Quarter = 3, State = QuarterlyReportState.Building, Progress = 50, RequestedAtUtc = At, RequestedByName = "manager@test.kz"
            };
            db.AddRange(building,
                new QuarterlyReportRecord
                {
                    Year = 2026, Quarter = 2, State = QuarterlyReportState.Ready, Progress = 100, RequestedAtUtc = At.AddHours(-1),
                    RequestedByName = "manager@test.kz", BuiltAtUtc = At
                },
                Job(building.Id, "2026-Q3", LongJobState.Running, leaseUntil: Clock.GetUtcNow().UtcDateTime.AddSeconds(20)));
            more?.Invoke(db);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        if (later is { } wait) Clock.Advance(wait);
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
    public async Task A_build_stopped_by_repeated_restarts_says_so_in_words_and_can_be_built_again()
    {
        var stopped = new QuarterlyReportRecord
        {
            Year = 2026, Quarter = 1, State = QuarterlyReportState.Failed, Error = LongJobErrors.Interrupted,
            RequestedAtUtc = At.AddHours(-2), RequestedByName = "manager@test.kz"
        };
        var cut = await RenderAsync("Manager",
            db => db.AddRange(stopped, Job(stopped.Id, "2026-Q1", LongJobState.Failed, attempts: 3, error: LongJobErrors.Interrupted)));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=quarterly-failed]")));
        Assert.Contains("the server stopped during this job 3 times", cut.Find("[data-testid=quarterly-failed]").TextContent);
        Assert.DoesNotContain("interrupted", cut.Find("[data-testid=quarterly-table]").TextContent); // never the stored code
        cut.Find("[data-testid=quarterly-build-again]").Click();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=quarterly-state]").Count));
        await using var db = await MigratedDatabaseAsync();
        Assert.Equal(2, await db.Set<LongJobRecord>().CountAsync(j => j.SubjectKey == "2026-Q1", Xunit.TestContext.Current.CancellationToken));
        Assert.Empty(cut.FindAll("[data-testid=quarterly-build-again]")); // a newer build of the quarter is under way
    }

    [Fact]
    public async Task A_build_whose_server_stopped_mid_way_reads_interrupted_and_one_resumed_says_it_was()
    {
        var resumed = new QuarterlyReportRecord
        {
            Year = 2026, Quarter = 1, State = QuarterlyReportState.Ready, Progress = 100,
            RequestedAtUtc = At.AddHours(-2), RequestedByName = "manager@test.kz", BuiltAtUtc = At
        };
        // 30 s on, the building report's lease (20 s) has run out: its process is gone.
        var cut =
            await RenderAsync("Manager", db => db.AddRange(resumed, Job(resumed.Id, "2026-Q1", LongJobState.Finished, attempts: 2)), TimeSpan.FromSeconds(30));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=quarterly-resumed]")));
        Assert.Contains("resumed automatically", cut.Find("[data-testid=quarterly-resumed]").TextContent);
        Assert.Contains("the server stopped during this job", Assert.Single(cut.FindAll("[data-testid=quarterly-stalled]")).TextContent);
        Assert.Single(cut.FindAll("[data-testid=quarterly-build-again]"));
    }

    private static LongJobRecord Job(Guid id, string quarter, LongJobState state, int attempts = 1, string? error = null, DateTime? leaseUntil = null) =>
        new()
        {
            Id = id, Kind = QuarterlyReportJob.Kind, SubjectKey = quarter, State = state, Attempts = attempts, ErrorCode = error,
            LeaseUntilUtc = leaseUntil, CreatedAtUtc = At, RequestedByName = "manager@test.kz"
        };

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
