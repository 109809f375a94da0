using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Jobs;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Journal;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Providers;

public abstract partial class ProviderContractTests
{
    [Fact]
    public async Task Twenty_concurrent_posts_of_one_appeal_with_one_Idempotency_Key_make_one_appeal_and_get_the_same_answer()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var request = new AppealsApi.AppealRequest("Monitoring", "2026-11-20T10:00:00+05:00", "ТОО «Ақ Жол»", null, "user@company.kz", null,
            "Мониторинг: портал не отвечает", null, null, null);
        var form = new AppealForm
        {
            Channel = AppealChannel.Monitoring, ReceivedAt = new DateTime(2026, 11, 20, 10, 0, 0), OrganisationName = request.Organisation!,
            ContactEmail = request.Email, Description = request.Description!,
        };
        // What POST /api/v1/appeals hands the intake for a request and its Idempotency-Key header.
        var key = ApiIdempotency.Of("monitoring-2026-11-20-0001", request).Stored;

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            app.InScopeAsync<AppealIntake, CommandResult<AppealSaved>>(intake => intake.ReceiveAsync(form, Ct, key)))));

        Assert.All(answers, a => Assert.True(a.Succeeded, string.Join("; ", a.FieldErrors.Keys) + a.Refusal));
        var id = Assert.Single(answers.Select(a => a.Value!.AppealId).Distinct());
        Assert.Single(answers, a => !a.Value!.Repeated);
        await using var db = app.NewDb();
        Assert.Equal(id, (await db.Set<AppealRecord>().AsNoTracking().SingleAsync(Ct)).Id);
        // The raced requests' obligations went with their refused saves: one appeal's clocks, each once.
        var clocks = await db.Obligations.AsNoTracking().Select(o => new { o.SubjectId, o.Code }).ToListAsync(Ct);
        Assert.NotEmpty(clocks);
        Assert.All(clocks, c => Assert.Equal(id.ToString(), c.SubjectId));
        Assert.Equal(clocks.Count, clocks.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public async Task Forty_concurrent_writers_leave_an_audit_chain_that_verifies()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        int before;
        await using (var db = app.NewDb())
            before = await db.AuditEntries.CountAsync(Ct);

        await Task.WhenAll(Enumerable.Range(1, 40).Select(i => Task.Run(() => ReceiveAsync(app, Appeal(i)))));

        var report = await app.InScopeAsync<VerifyAuditChainJob, AuditChainReport>(job => job.RunAsync(Ct));
        await using var reader = app.NewDb();
        var rows = await reader.AuditEntries.CountAsync(Ct);
        Assert.True(report.IsIntact, $"the chain breaks at row {report.AtSequence}: {report.Problem}");
        Assert.Equal(rows, report.VerifiedRows);
        Assert.True(rows >= before + 40 * 2, $"{rows - before} rows for 40 appeals and their clocks");
        Assert.Equal(40, await reader.AuditEntries.CountAsync(e => e.EntityType == AuditEntityName.Of(typeof(AppealRecord)), Ct));
    }

    [Fact]
    public async Task The_Journal_finds_rows_by_a_part_of_the_organisation_in_any_letter_case()
    {
        await using var database = await databases.CreateMigratedAsync(Ct);
        await using var app = ProviderApp.On(database);
        var kazakh = await RegisterAsync(app, Appeal(1, "ТОО Қазақстан Энерго"));
        var samruk = await RegisterAsync(app, Appeal(2, "АО «Самұрық-Энерго»"));
        var latin = await RegisterAsync(app, Appeal(3, "Kazakhstan Temir Zholy JSC"));

        Assert.Equal([kazakh], await JournalAsync(app, new JournalFilter(Organisation: "Қазақ")));
        Assert.Equal([kazakh], await JournalAsync(app, new JournalFilter(Organisation: "қазақстан")));
        Assert.Equal([kazakh], await JournalAsync(app, new JournalFilter(Organisation: "ҚАЗАҚСТАН ЭН")));
        Assert.Equal([samruk], await JournalAsync(app, new JournalFilter(Organisation: "мұрық")));
        Assert.Equal([samruk, kazakh], await JournalAsync(app, new JournalFilter(Organisation: "энерго")));
        Assert.Equal([latin], await JournalAsync(app, new JournalFilter(Organisation: "TEMIR")));
        Assert.Equal([latin], await JournalAsync(app, new JournalFilter(Text: "Zh")));           // two letters
        Assert.Equal([samruk, kazakh], await JournalAsync(app, new JournalFilter(Text: "Энерго")));
        Assert.Empty(await JournalAsync(app, new JournalFilter(Organisation: "Қазақстан Темір")));
        Assert.Empty(await JournalAsync(app, new JournalFilter(Text: "10%")));                   // LIKE's wildcards are plain characters
        Assert.Empty(await JournalAsync(app, new JournalFilter(Organisation: "Temir_Zholy")));
    }

    /// <summary>Receives and registers an appeal as an operator would; returns its incident number.</summary>
    private static async Task<string> RegisterAsync(ProviderApp app, AppealForm form)
    {
        var id = await ReceiveAsync(app, form);
        var registered = await app.InScopeAsync<AppealRegistration, CommandResult<AppealSaved>>(r => r.RegisterAsync(id, form, ProviderApp.Operator(), Ct));
        Assert.True(registered.Succeeded, $"{registered.Refusal}");
        return registered.Value!.IncidentNumber!;
    }

    /// <summary>The Journal's first page through its own query, newest registration first.</summary>
    private static async Task<IReadOnlyList<string>> JournalAsync(ProviderApp app, JournalFilter filter)
    {
        var page = await app.InScopeAsync<JournalQuery, JournalRows>(q => q.PageAsync(filter, 0, 25, Ct));
        Assert.Equal(page.Rows.Count, page.Total);
        return [.. page.Rows.Select(r => r.Number)];
    }
}
