using Bunit;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Features.Complaints;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>A Working Group complaint received Friday 20 November 2026 at 10:10 Astana, two hours before the pinned clock,
/// answer due Monday 23 at 19:00.</summary>
public class ComplaintPageTests : ConsoleTestContext
{
    private static readonly DateTime Received = new(2026, 11, 20, 5, 10, 0, DateTimeKind.Utc);
    private static readonly DateTime Due = new(2026, 11, 23, 14, 0, 0, DateTimeKind.Utc);

    private async Task<IRenderedComponent<ComplaintPage>> RenderAsync(string role)
    {
        AddAuthorization().SetAuthorized($"{role.ToLowerInvariant()}@test.kz").SetRoles(role);
        Services.AddSingleton<IncidentNotifier>().AddSingleton<CalendarStore>().AddSingleton(ObligationSettings.Default).AddSingleton(new SingleOperator())
            .AddSingleton(new AttachmentFolder(Path.Combine(Path.GetTempPath(), "goszakup-bunit-attachments"))).AddComplaints();
        var ct = Xunit.TestContext.Current.CancellationToken;
        await using var db = await MigratedDatabaseAsync();
        var head = new WorkingGroupMemberRecord { FullName = "Бауыржан Омаров", Email = "wg@test.kz", IsHead = true };
        var complaint = new WorkingGroupComplaintRecord
        {
            ReceivedAtUtc = Received, LetterNumber = "ЖТ-17/412", LetterDate = new DateOnly(2026, 11, 20), FromMemberId = head.Id, FromName = head.FullName,
            Subject = "<b>Баға ұсыныстары</b>", Summary = "Жеткізушілер бере алмады.", FileName = "complaint.txt", ContentType = "text/plain",
            Sha256 = new string('a', 64), RegisteredAtUtc = Received, RegisteredByName = "supervisor@test.kz", AnswerDueAtUtc = Due,
        };
        db.AddRange(head, complaint, new ObligationRecord
        {
            Code = "complaint-answer", Clause = "R2 §31", SubjectType = "Complaint", SubjectId = complaint.Id.ToString(),
            Trigger = ObligationTrigger.ComplaintReceived, TriggeredAtUtc = Received, DueAtUtc = Due, CalendarVersion = "test",
        });
        await db.SaveChangesAsync(ct);
        Render<MudPopoverProvider>();
        return Render<ComplaintPage>(p => p.Add(c => c.Id, complaint.Id));
    }

    [Fact]
    public async Task A_Supervisor_sees_the_timer_and_the_answer_form()
    {
        var page = await RenderAsync("Supervisor");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=complaint-answer-form]")));
        Assert.Contains("23.11.2026 19:00", page.Find("[data-testid=complaint-due]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("[data-testid=countdown]"));
        Assert.Contains("Awaiting answer", page.Find("[data-testid=complaint-state]").TextContent, StringComparison.Ordinal);
        // The letter's subject is text, never markup.
        Assert.Contains("&lt;b&gt;", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Manager_reads_it_without_the_answer_form()
    {
        var page = await RenderAsync("Manager");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=complaint-due]")));
        Assert.Empty(page.FindAll("[data-testid=complaint-answer-form]"));
    }

    [Fact]
    public async Task Answering_without_the_fields_names_them()
    {
        var page = await RenderAsync("Supervisor");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=complaint-answer-save]")));

        await page.Find("[data-testid=complaint-answer-save]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Choose the priority.", page.Markup, StringComparison.Ordinal));
        Assert.Contains("State the causes.", page.Markup, StringComparison.Ordinal);
    }
}
