using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.PlannedWorks;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.PlannedWorks;

/// <summary>The works plan (R2 §23) and what its windows do to procurement deadlines (R2 §24): a window on the auction
/// module from 17:00 to 19:00 on 20 November moves the acceptance ends at 18:00 of that module by two hours, to 20:00.</summary>
public sealed class WorksPlanTests : IAsyncLifetime
{
    private WorksScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => scenario = await WorksScenario.StartAsync();

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task Approving_the_plan_publishes_it_and_the_job_proposes_R2_24_orders_for_exactly_the_deadlines_inside_the_window()
    {
        var code = await scenario.AddWindowAsync(WorksScenario.Window((await scenario.PlanAsync()).Id, "17:00", "19:00", 20, WorksScenario.Module));
        Assert.Equal("2026-01", code);

        await scenario.ApproveAsync();

        var plan = await scenario.PlanAsync();
        Assert.Equal(("supervisor@demo.kz", "20.11.2026 12:10"), (plan.ApprovedByName, AstanaTime.Text(plan.ApprovedAtUtc!.Value)));
        Assert.NotNull(Assert.Single(plan.Windows).ExtensionsDueAtUtc);
        await using (var db = scenario.Services.NewDb())
        {
            var announcement = await db.Set<AnnouncementRecord>().Include(a => a.Updates).SingleAsync(Ct);
            Assert.Equal((AnnouncementKind.PlannedWorks, (Guid?)null), (announcement.Kind, announcement.IncidentId));
            Assert.NotNull(announcement.FirstPublishedAtUtc);
            var update = Assert.Single(announcement.Updates);
            Assert.Equal(UpdateState.Published, update.State);
            Assert.Contains("2026", update.TitleRu);
            Assert.Contains("2026-01: 20.11.2026 17:00 – 20.11.2026 19:00, модули: Аукцион", update.BodyRu);
            Assert.Contains("2026-01: 20.11.2026 17:00 – 20.11.2026 19:00, модульдер: Аукцион", update.BodyKk);
        }

        await scenario.RunJobAsync(code);

        var orders = await scenario.OrdersAsync();
        Assert.Equal(["15423871-1", "15423872-1", "15423873-1"], orders.Select(o => o.ProcurementNumber));
        Assert.All(orders, o => Assert.Equal(
            (ExtensionOrderState.Proposed, DeadlineKind.AcceptanceEnd, "R2 §24", ExtensionSourceKind.PlannedWorks, code, "20.11.2026 18:00",
                "20.11.2026 20:00"),
            (o.State, o.Kind, o.Clause, o.SourceKind, o.SourceId, AstanaTime.Text(o.OldUtc), AstanaTime.Text(o.NewUtc))));
        Assert.Null(Assert.Single((await scenario.PlanAsync()).Windows).ExtensionsDueAtUtc);
        Assert.All(await scenario.EndsAsync(), end => Assert.DoesNotContain("20:00", end)); // nothing moves before a Supervisor approves
    }

    [Fact]
    public async Task The_preview_before_approval_lists_each_deadline_the_window_would_move_in_procurement_order()
    {
        var planId = (await scenario.PlanAsync()).Id;
        await scenario.AddWindowAsync(WorksScenario.Window(planId, "17:00", "19:00", 20, WorksScenario.Module));

        var view = await scenario.Get<WorksPlanQuery>().LoadAsync(WorksScenario.Year, Ct);

        var window = Assert.Single(view!.Windows);
        Assert.Equal(WorksWindowState.Draft, window.State);
        Assert.Equal(3, window.Moves(approved: false));
        Assert.Equal(["15423871-1 18:00 → 20:00", "15423872-1 18:00 → 20:00", "15423873-1 18:00 → 20:00"],
            window.Preview.Select(o => $"{o.Procurement} {AstanaTime.Text(o.Old.ToDateTimeUtc())[11..]} → {AstanaTime.Text(o.New.ToDateTimeUtc())[11..]}"));
    }

    [Fact]
    public async Task Approved_extensions_are_applied_and_published_once_however_often_the_job_runs()
    {
        var code = await scenario.AddWindowAsync(WorksScenario.Window((await scenario.PlanAsync()).Id, "17:00", "19:00", 20, WorksScenario.Module));
        await scenario.ApproveAsync();
        await scenario.RunJobAsync(code);

        await scenario.ApproveExtensionsAsync(code);
        await scenario.RunJobAsync(code);
        await scenario.RunJobAsync(code);

        Assert.Equal(["15423871-1 20.11.2026 20:00", "15423872-1 20.11.2026 20:00", "15423873-1 20.11.2026 20:00",
            "15423874-1 23.11.2026 18:00", "15423875-1 20.11.2026 18:00", "15423876-1 20.11.2026 18:00"], await scenario.EndsAsync());
        Assert.All(await scenario.OrdersAsync(), o => Assert.Equal(ExtensionOrderState.Published, o.State));
        await using var db = scenario.Services.NewDb();
        Assert.Equal(3, await db.Set<DeadlineChangeRecord>().CountAsync(Ct));
        Assert.Equal(2, await db.Set<AnnouncementUpdateRecord>().CountAsync(u => u.State == UpdateState.Published, Ct)); // the plan, then the new deadlines
    }

    [Fact]
    public async Task The_notice_is_published_exactly_two_calendar_days_before_the_works_and_only_once()
    {
        var code = await scenario.AddWindowAsync(WorksScenario.Window((await scenario.PlanAsync()).Id, "10:00", "14:00", 25, WorksScenario.Module));
        await scenario.ApproveAsync();

        scenario.ClockAt("09:59", 23);
        Assert.Equal(0, await RunNoticesAsync());
        Assert.Equal(0, await NoticesAsync());

        scenario.ClockAt("10:00", 23);
        Assert.Equal(1, await RunNoticesAsync());
        Assert.Equal(0, await RunNoticesAsync());

        await using var db = scenario.Services.NewDb();
        var notice = await db.Set<AnnouncementUpdateRecord>().Where(u => u.TitleRu.StartsWith("Плановые работы")).SingleAsync(Ct);
        Assert.Equal($"Плановые работы {code}: с 25.11.2026 10:00 по 25.11.2026 14:00", notice.TitleRu);
        Assert.Contains("модули: Аукцион", notice.BodyRu);
        Assert.Contains("Аукцион модулін жаңарту.", notice.BodyKk);
        var window = await db.Set<WorksWindowRecord>().SingleAsync(Ct);
        Assert.Equal("23.11.2026 10:00", AstanaTime.Text(window.NoticeQueuedAtUtc!.Value));
    }

    [Fact]
    public async Task A_draft_plan_s_windows_and_windows_already_started_get_no_notice()
    {
        var planId = (await scenario.PlanAsync()).Id;
        await scenario.AddWindowAsync(WorksScenario.Window(planId, "10:00", "14:00", 21, WorksScenario.Module));

        scenario.ClockAt("11:00", 21);
        Assert.Equal(0, await RunNoticesAsync()); // not approved

        await scenario.ApproveAsync();
        Assert.Equal(0, await RunNoticesAsync()); // approved, but the works have started
        Assert.Equal(0, await NoticesAsync());
    }

    public static TheoryData<string, string, string, string, string, string> Refusals => new()
    {
        { "end before start", "17:00", "16:00", "Аукцион модулін жаңарту.", "Обновление модуля.", "End" },
        { "end at the start", "17:00", "17:00", "Аукцион модулін жаңарту.", "Обновление модуля.", "End" },
        { "markup in Russian", "17:00", "19:00", "Аукцион модулін жаңарту.", "<script>alert(1)</script>", "DescriptionRu" },
        { "no Kazakh", "17:00", "19:00", " ", "Обновление модуля.", "DescriptionKk" },
        { "no Russian", "17:00", "19:00", "Аукцион модулін жаңарту.", "", "DescriptionRu" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_invalid_window_is_refused_with_its_field_and_nothing_is_saved(string why, string start, string end, string kk, string ru, string field)
    {
        var form = WorksScenario.Window((await scenario.PlanAsync()).Id, start, end);
        (form.DescriptionKk, form.DescriptionRu) = (kk, ru);

        var result = await scenario.Get<WorksWindowCommands>().SaveAsync(form, WorksScenario.Specialist, Ct);

        Assert.False(result.Succeeded, why);
        Assert.Contains(field, result.FieldErrors.Keys);
        await using var db = scenario.Services.NewDb();
        Assert.Equal(0, await db.Set<WorksWindowRecord>().CountAsync(Ct));
    }

    [Fact]
    public async Task Markup_in_a_module_name_is_refused()
    {
        var form = WorksScenario.Window((await scenario.PlanAsync()).Id, "17:00", "19:00");
        form.OtherModules = "Аукцион; <img src=x onerror=alert(1)>";

        var result = await scenario.Get<WorksWindowCommands>().SaveAsync(form, WorksScenario.Specialist, Ct);

        Assert.Equal("Appeal.NoMarkup", result.FieldErrors[nameof(WorksWindowForm.Modules)].Key);
    }

    [Fact]
    public async Task An_edit_made_on_an_old_copy_is_refused_and_overwrites_nothing()
    {
        var code = await scenario.AddWindowAsync(WorksScenario.Window((await scenario.PlanAsync()).Id, "17:00", "19:00", 20, WorksScenario.Module));
        var window = Assert.Single((await scenario.PlanAsync()).Windows);
        var first = WorksWindowForm.From(window, [WorksScenario.Module]);
        var second = WorksWindowForm.From(window, [WorksScenario.Module]);
        first.End = WorksScenario.At("20:00");
        Assert.True((await scenario.Get<WorksWindowCommands>().SaveAsync(first, WorksScenario.Specialist, Ct)).Succeeded);

        second.End = WorksScenario.At("21:00");
        var result = await scenario.Get<WorksWindowCommands>().SaveAsync(second, WorksScenario.Specialist, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(RefusalCode.Stale, result.Refusal);
        Assert.Equal("20.11.2026 20:00", AstanaTime.Text(Assert.Single((await scenario.PlanAsync()).Windows, w => w.Code == code).EndUtc));
    }

    [Fact]
    public async Task Only_a_Supervisor_approves_the_plan_and_an_operator_changes_nothing()
    {
        var plan = await scenario.PlanAsync();
        await scenario.AddWindowAsync(WorksScenario.Window(plan.Id, "17:00", "19:00", 20, WorksScenario.Module));
        plan = await scenario.PlanAsync();

        Assert.False((await scenario.Get<WorksPlanCommands>().ApproveAsync(plan.Id, plan.Version, WorksScenario.Specialist, Ct)).Succeeded);
        Assert.False((await scenario.Get<WorksWindowCommands>()
            .SaveAsync(WorksScenario.Window(plan.Id, "17:00", "19:00"), WorksScenario.Operator, Ct)).Succeeded);
        Assert.Null((await scenario.PlanAsync()).ApprovedAtUtc);
    }

    [Fact]
    public async Task A_window_whose_deadlines_moved_cannot_be_deleted()
    {
        var code = await scenario.AddWindowAsync(WorksScenario.Window((await scenario.PlanAsync()).Id, "17:00", "19:00", 20, WorksScenario.Module));
        await scenario.ApproveAsync();
        await scenario.RunJobAsync(code);
        await scenario.ApproveExtensionsAsync(code);
        await scenario.RunJobAsync(code);
        var window = Assert.Single((await scenario.PlanAsync()).Windows);

        var result = await scenario.Get<WorksWindowCommands>().DeleteAsync(window.Id, window.Version, WorksScenario.Specialist, Ct);

        Assert.False(result.Succeeded);
        Assert.Single((await scenario.PlanAsync()).Windows);
    }

    [Fact]
    public async Task Deleting_a_window_of_an_approved_plan_before_it_moved_anything_takes_its_proposals_with_it()
    {
        var code = await scenario.AddWindowAsync(WorksScenario.Window((await scenario.PlanAsync()).Id, "17:00", "19:00", 20, WorksScenario.Module));
        await scenario.ApproveAsync();
        await scenario.RunJobAsync(code);
        Assert.Equal(3, (await scenario.OrdersAsync()).Count);
        var window = Assert.Single((await scenario.PlanAsync()).Windows);

        var result = await scenario.Get<WorksWindowCommands>().DeleteAsync(window.Id, window.Version, WorksScenario.Specialist, Ct);

        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key}");
        Assert.Empty(await scenario.OrdersAsync());
        Assert.Empty((await scenario.PlanAsync()).Windows);
    }

    private async Task<int> RunNoticesAsync() => await scenario.Get<WorksNoticeJob>().RunAsync(Ct);

    private async Task<int> NoticesAsync()
    {
        await using var db = scenario.Services.NewDb();
        return await db.Set<AnnouncementUpdateRecord>().CountAsync(u => u.TitleRu.StartsWith("Плановые работы"), Ct);
    }
}
