using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Procurements;
using GosZakup.Console.IntegrationTests.Incidents;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.IntegrationTests.Extensions;

/// <summary>A high failure of the price-quotation module, confirmed at 12:10 Astana with the fix planned at 15:30: the
/// failure started at the appeal's receipt, 12:05, so every acceptance of the module ending at 18:00 moves by 3 h 25 min
/// to 21:25 (R2 §16.4).</summary>
public sealed class ExtensionJobTests : IAsyncLifetime
{
    private const string Module = "Запрос ценовых предложений";
    private const int Count = 20;
    private IncidentScenario scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        scenario = await IncidentScenario.StartAsync();
        await using var db = scenario.Services.NewDb();
        await ExtensionProcurements.SeedAsync(db, Count, Module);
        await scenario.Must((c, i) => c.AssignAsync(i.Id, i.Version, IncidentScenario.Specialist, Ct));
        await scenario.AlertAsync(Severity.High);
        await scenario.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, scenario.Decision(Severity.High), IncidentScenario.Specialist, Ct));
    }

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task Confirmation_proposes_the_module_s_extensions_and_nothing_moves_before_a_Supervisor_approves()
    {
        Assert.NotNull((await scenario.IncidentAsync()).ExtensionsDueAtUtc);

        await RunJobAsync();

        var orders = await OrdersAsync();
        Assert.Equal(Count, orders.Count);
        Assert.All(orders, o =>
        {
            Assert.Equal((ExtensionOrderState.Proposed, DeadlineKind.AcceptanceEnd, "R2 §16.4", scenario.Number), (o.State, o.Kind, o.Clause, o.SourceId));
            Assert.Equal("20.11.2026 21:25", AstanaTime.Text(o.NewUtc));
            Assert.True(o.Provisional);
            Assert.Null(o.ApprovedAtUtc);
        });
        Assert.Null((await scenario.IncidentAsync()).ExtensionsDueAtUtc);
        Assert.All(await EndsAsync(), end => Assert.Equal("20.11.2026 18:00", end));
    }

    [Fact]
    public async Task Approved_extensions_are_applied_published_and_sent_once_however_often_the_job_runs()
    {
        await RunJobAsync();
        await ApproveAsync();

        await RunJobAsync();
        await RunJobAsync();
        await SweepAsync();

        Assert.All(await EndsAsync(), end => Assert.Equal("20.11.2026 21:25", end));
        await using var db = scenario.Services.NewDb();
        var history = await db.Set<DeadlineChangeRecord>().ToListAsync(Ct);
        Assert.Equal(Count, history.Count);
        Assert.All(history, h => Assert.Equal(("R2 §16.4", scenario.Number, "supervisor@demo.kz"), (h.Clause, h.Source, h.ByName)));
        Assert.All(await OrdersAsync(), o => Assert.Equal(ExtensionOrderState.Published, o.State));

        var updates = await db.Set<AnnouncementUpdateRecord>().Where(u => u.State == UpdateState.Published).ToListAsync(Ct);
        var update = Assert.Single(updates);
        Assert.Contains("15423871-1: Окончание приёма заявок 20.11.2026 18:00 → 20.11.2026 21:25 (п. 16.4 Правил)", update.BodyRu);
        Assert.Contains(scenario.Number, update.TitleKk);

        var mails = (await scenario.DeliverAsync()).Where(m => (m.Subject ?? "").Contains("Новые сроки закупок")).ToList();
        Assert.Equal(3, mails.Count); // one per supplier address, however many of its procurements moved
        var first = Assert.Single(mails, m => m.To.ToString() == "supplier0@akzhol.kz");
        Assert.Contains("15423871-1: Окончание приёма заявок", first.TextBody!);
        Assert.DoesNotContain("15423872-1:", first.TextBody!); // supplier1's procurement
    }

    [Fact]
    public async Task A_run_stopped_after_its_first_batch_is_finished_by_the_next_host_without_moving_anything_twice()
    {
        scenario.Services.Get<ExtensionOptions>().ApplyBatchSize = 5;
        await RunJobAsync();
        await ApproveAsync();

        using var stop = new CancellationTokenSource();
        await using (var scope = scenario.Services.Services.CreateAsyncScope())
        {
            var applier = scope.ServiceProvider.GetRequiredService<ExtensionApplier>();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                applier.ApplyAsync(null, new SynchronousProgress(_ => stop.Cancel()), stop.Token));
        }
        var states = (await OrdersAsync()).GroupBy(o => o.State).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, states[ExtensionOrderState.Applied]);
        Assert.Equal(Count - 5, states[ExtensionOrderState.Proposed]);

        await using (var next = await IncidentScenario.AttachAsync(scenario))
            await next.Get<ExtensionJob>().SweepAsync(Ct);

        Assert.All(await EndsAsync(), end => Assert.Equal("20.11.2026 21:25", end));
        await using var db = scenario.Services.NewDb();
        Assert.Equal(Count, await db.Set<DeadlineChangeRecord>().CountAsync(Ct));
        Assert.All(await OrdersAsync(), o => Assert.Equal(ExtensionOrderState.Published, o.State));
    }

    [Fact]
    public async Task Two_instances_applying_at_once_apply_each_order_once()
    {
        scenario.Services.Get<ExtensionOptions>().ApplyBatchSize = 3;
        await RunJobAsync();
        await ApproveAsync();

        await using var one = scenario.Services.Services.CreateAsyncScope();
        await using var two = await IncidentScenario.AttachAsync(scenario);
        var applied = await Task.WhenAll(
            Task.Run(() => one.ServiceProvider.GetRequiredService<ExtensionApplier>().ApplyAsync(null, null, Ct), Ct),
            Task.Run(() => two.Get<ExtensionApplier>().ApplyAsync(null, null, Ct), Ct));

        Assert.Equal(Count, applied.Sum());
        await using var db = scenario.Services.NewDb();
        Assert.Equal(Count, await db.Set<DeadlineChangeRecord>().CountAsync(Ct));
        Assert.All(await EndsAsync(), end => Assert.Equal("20.11.2026 21:25", end));
    }

    [Fact]
    public async Task A_fix_later_than_planned_moves_the_deadline_again_from_where_it_stands()
    {
        await RunJobAsync();
        await ApproveAsync();
        await RunJobAsync();

        scenario.ClockAt("16:40");
        await scenario.Must((c, i) => c.StartFixAsync(i.Id, i.Version, IncidentScenario.Specialist, Ct));
        await scenario.Must((c, i) => c.RecordFixAsync(i.Id, i.Version, IncidentScenario.At("16:30"), "Перезапущен сервис.", IncidentScenario.Specialist, Ct));
        await RunJobAsync();
        var proposed = (await OrdersAsync()).Where(o => o.State == ExtensionOrderState.Proposed).ToList();
        Assert.Equal(Count, proposed.Count);
        Assert.All(proposed,
            o => Assert.Equal(("20.11.2026 21:25", "20.11.2026 22:25", false), (AstanaTime.Text(o.OldUtc), AstanaTime.Text(o.NewUtc), o.Provisional)));

        await ApproveAsync();
        await RunJobAsync();

        Assert.All(await EndsAsync(), end => Assert.Equal("20.11.2026 22:25", end));
        await using var db = scenario.Services.NewDb();
        var history =
            await db.Set<DeadlineChangeRecord>().Where(h => h.ProcurementId == db.Set<ProcurementRecord>().Single(p => p.AnnouncementNumber == "15423871-1").Id)
            .OrderBy(h => h.NewUtc).ToListAsync(Ct);
        Assert.Equal(["18:00 → 21:25", "21:25 → 22:25"], history.Select(h => $"{AstanaTime.Text(h.OldUtc!.Value)[11..]} → {AstanaTime.Text(h.NewUtc)[11..]}"));
        Assert.Equal(2, await db.Set<AnnouncementUpdateRecord>().CountAsync(u => u.State == UpdateState.Published, Ct));
    }

    [Fact]
    public async Task Approving_a_list_that_was_recomputed_since_it_was_shown_is_refused_and_approves_nothing()
    {
        await RunJobAsync();
        var shown = await SnapshotAsync();
        scenario.ClockAt("12:20");
        await scenario.Must((c, i) => c.ChangePlannedFixAsync(i.Id, i.Version, IncidentScenario.At("16:30"), IncidentScenario.Supervisor, Ct));
        await RunJobAsync();

        var result = await scenario.Services.Get<ExtensionApproval>()
            .ApproveAsync(IncidentFailureFacts.Sources(scenario.Number), shown, IncidentScenario.Supervisor, Ct);

        Assert.False(result.Succeeded);
        Assert.All(await OrdersAsync(), o => Assert.Null(o.ApprovedAtUtc));
        Assert.All(await OrdersAsync(), o => Assert.Equal("20.11.2026 22:25", AstanaTime.Text(o.NewUtc)));
    }

    [Fact]
    public async Task At_high_level_the_supplier_notice_goes_to_the_suppliers_of_the_whole_module()
    {
        var incident = await scenario.IncidentAsync();
        var preview = await scenario.Notices().PreviewAsync(incident.Id, Web.Features.MailTemplates.MailTemplateCatalogue.SupplierNotice, Ct);

        // The appeal names one procurement (supplier0); R2 §16.2 makes every procurement of the module affected.
        Assert.Equal(["supplier0@akzhol.kz", "supplier1@akzhol.kz", "supplier2@akzhol.kz", "tender@akzhol.kz"], preview!.To.Order());
    }

    [Fact]
    public async Task A_Supervisor_replaces_one_new_deadline_with_a_reason_and_a_recomputation_keeps_it()
    {
        await RunJobAsync();
        var order = (await OrdersAsync()).First(o => o.ProcurementNumber == "15423871-1");
        var approval = scenario.Services.Get<ExtensionApproval>();

        Assert.Contains("Reason",
            (await approval.OverrideAsync(order.Id, order.Version, IncidentScenario.At("23:00"), " ", IncidentScenario.Supervisor, Ct)).FieldErrors.Keys);
        Assert.Contains("NewDeadline",
            (await approval.OverrideAsync(order.Id, order.Version, IncidentScenario.At("17:00"), "Раньше", IncidentScenario.Supervisor, Ct)).FieldErrors.Keys);
        Assert.Contains("Reason",
            (await approval.OverrideAsync(order.Id, order.Version, IncidentScenario.At("23:00"), "<b>x</b>", IncidentScenario.Supervisor,
                Ct)).FieldErrors.Keys);
        Assert.False((await approval.OverrideAsync(order.Id, order.Version, IncidentScenario.At("23:00"), "Заказчик просил", IncidentScenario.Specialist,
            Ct)).Succeeded);
        var done = await approval.OverrideAsync(order.Id, order.Version, IncidentScenario.At("23:00"), "Сбой затронул подписание ЭЦП до вечера",
            IncidentScenario.Supervisor, Ct);
        Assert.True(done.Succeeded, $"{done.Refusal} {done.Reason?.Key}");
        Assert.False((await approval.OverrideAsync(order.Id, order.Version, IncidentScenario.At("23:30"), "Второй раз со старой страницы",
            IncidentScenario.Supervisor, Ct)).Succeeded);

        scenario.ClockAt("12:20");
        await scenario.Must((c, i) => c.ChangePlannedFixAsync(i.Id, i.Version, IncidentScenario.At("16:30"), IncidentScenario.Supervisor, Ct));
        await RunJobAsync();

        var overridden = (await OrdersAsync()).Single(o => o.ProcurementNumber == "15423871-1");
        Assert.Equal(("20.11.2026 23:00", ApprovalKind.Override, "supervisor@demo.kz", "Сбой затронул подписание ЭЦП до вечера"),
            (AstanaTime.Text(overridden.NewUtc), overridden.OverrideKind, overridden.OverrideByName, overridden.OverrideReason));
        Assert.Equal("20.11.2026 22:25", AstanaTime.Text((await OrdersAsync()).First(o => o.ProcurementNumber == "15423872-1").NewUtc));
    }

    [Fact]
    public async Task Only_a_Supervisor_approves()
    {
        await RunJobAsync();
        var result = await scenario.Services.Get<ExtensionApproval>()
            .ApproveAsync(IncidentFailureFacts.Sources(scenario.Number), await SnapshotAsync(), IncidentScenario.Specialist, Ct);
        Assert.False(result.Succeeded);
    }

    private async Task RunJobAsync()
    {
        await using var scope = scenario.Services.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExtensionJob>().RunForIncidentAsync(scenario.Number, Ct);
    }

    private async Task SweepAsync()
    {
        await using var scope = scenario.Services.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExtensionJob>().SweepAsync(Ct);
    }

    private async Task<ProposalSnapshot> SnapshotAsync() =>
        (await scenario.Services.Get<ExtensionQuery>().ForSourcesAsync(IncidentFailureFacts.Sources(scenario.Number), 0, 10, Ct)).Snapshot;

    private async Task ApproveAsync()
    {
        var result = await scenario.Services.Get<ExtensionApproval>()
            .ApproveAsync(IncidentFailureFacts.Sources(scenario.Number), await SnapshotAsync(), IncidentScenario.Supervisor, Ct);
        Assert.True(result.Succeeded, $"{result.Refusal} {result.Reason?.Key}");
    }

    private async Task<List<ExtensionOrderRecord>> OrdersAsync()
    {
        await using var db = scenario.Services.NewDb();
        return await db.Set<ExtensionOrderRecord>().AsNoTracking().OrderBy(o => o.ProcurementNumber).ToListAsync(Ct);
    }

    private async Task<List<string>> EndsAsync()
    {
        await using var db = scenario.Services.NewDb();
        var ends = await db.Set<ProcurementDeadlineRecord>().Where(d => d.Kind == DeadlineKind.AcceptanceEnd).Select(d => d.AtUtc).ToListAsync(Ct);
        Assert.Equal(Count, ends.Count);
        return [.. ends.Select(AstanaTime.Text)];
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
