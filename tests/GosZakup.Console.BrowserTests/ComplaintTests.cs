using System.Security.Claims;
using System.Text;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Features.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>R2 §30-§31 in the browser: a complaint of the Working Group's head awaits its answer with its timer running; the
/// Supervisor answers it and downloads the answer letter. R2 §28: the Manager's penalties report and export.</summary>
public sealed class ComplaintTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task A_Supervisor_answers_a_complaint_and_downloads_the_letter()
    {
        var letter = await ReceivedComplaintAsync();
        await using var supervisor = await BrowserSession.OpenAsync(app, chromium);
        await supervisor.SignInAsync(DemoUsers.Supervisor);
        await supervisor.Page.GotoAsync("/working-group/complaints");
        await supervisor.WaitForCircuitAsync();
        await Expect(supervisor.ByTestId("complaints-table").GetByTestId("countdown").First).ToBeVisibleAsync();
        await supervisor.ScreenshotAsync("wg-complaints");

        await supervisor.ByTestId("complaint-link").Filter(new() { HasText = letter }).ClickAsync();
        await Expect(supervisor.ByTestId("complaint-answer-form")).ToBeVisibleAsync();
        await supervisor.WaitForCircuitAsync();
        await supervisor.ByTestId("complaint-Priority").ClickAsync();
        await supervisor.Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Высокий" }).ClickAsync();
        await supervisor.ByTestId("complaint-answer-form").Locator("input[type=radio]").Nth(1).CheckAsync();
        await supervisor.Field("complaint-Causes").FillAsync("Жалоба не подтвердилась: в журнале системы ошибок нет.");
        await supervisor.ByTestId("complaint-answer-save").ClickAsync();

        await Expect(supervisor.ByTestId("complaint-answer")).ToBeVisibleAsync();
        var pdf = await supervisor.Page.APIRequest.GetAsync(await supervisor.ByTestId("complaint-answer-pdf").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
    }

    [Fact]
    public async Task A_Manager_reads_the_quarters_penalties_and_exports_them()
    {
        await using var manager = await BrowserSession.OpenAsync(app, chromium);
        await manager.SignInAsync(DemoUsers.Manager);
        await manager.Page.GotoAsync("/reports/penalties");
        await manager.WaitForCircuitAsync();
        await Expect(manager.ByTestId("penalties-total")).ToContainTextAsync("₸");

        var xlsx = await manager.Page.APIRequest.GetAsync(await manager.ByTestId("penalties-export").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, xlsx.Status);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.BodyAsync())[..2]));
    }

    /// <summary>A letter of the Working Group's head registered three hours ago, as a Supervisor registers it: the test's own, since
    /// the demo's complaint is one any test could answer first. Returns its letter number.</summary>
    private async Task<string> ReceivedComplaintAsync()
    {
        var number = $"ЖТ-{Guid.NewGuid():N}"[..12];
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var ct = TestContext.Current.CancellationToken;
        var head = await services.GetRequiredService<AppDbContext>().Set<WorkingGroupMemberRecord>().AsNoTracking().FirstAsync(m => m.IsHead && m.Active, ct);
        var received = AstanaTime.ToWallClock(services.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(-3));
        received = received.AddTicks(-(received.Ticks % TimeSpan.TicksPerMinute));
        var form = new ComplaintForm
        {
            ReceivedAt = received, LetterNumber = number, LetterDate = received.Date, FromMemberId = head.Id,
            Subject = "Баға ұсыныстарын беру мүмкін болмады / Невозможность подачи ценовых предложений",
            Summary = "Жеткізушілер баға ұсыныстарын бере алмады. / Поставщики не смогли подать ценовые предложения.",
        };
        var supervisor = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "browser-Supervisor"), new Claim(ClaimTypes.Name, DemoUsers.Supervisor),
                new Claim(ClaimTypes.Role, StaffRole.Supervisor)], "test"));
        using var file = new MemoryStream(Encoding.UTF8.GetBytes($"{form.Subject}\n\n{form.Summary}\n"));
        var result = await services.GetRequiredService<ComplaintCommands>().RegisterAsync(form, "wg-complaint.txt", file, supervisor, ct);
        Assert.True(result.Succeeded, $"{result.Refusal} {string.Join("; ", result.FieldErrors.Select(e => $"{e.Key}: {e.Value.Key}"))}");
        return number;
    }
}
