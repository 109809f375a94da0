using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Admin;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Issue 17: an incident page left open by a user whom an Admin then disables, or whose role is removed, takes no
/// more commands: the next click is refused and the page says why. Each test makes a user of its own (never a demo user
/// other tests sign in with) and an incident of its own.</summary>
public sealed class StaleSessionTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task The_next_click_of_a_disabled_user_is_refused_and_the_page_says_why()
    {
        var email = await NewUserAsync("stale.disabled@test.kz", StaffRole.Specialist);
        var number = await RegisteredIncidentAsync("Не открывается карточка лота после обновления страницы.");
        await using var session = await OpenIncidentAsync(email, number);
        var assign = await session.ByTestId("incident-Assign").BoundingBoxAsync();

        await AdminAsync((admin, row) => admin.SetDisabledAsync(row.Id, row.ConcurrencyStamp, true, "admin"), email);
        await ClickWhereAsync(session, assign);

        await Expect(session.ByTestId("session-ended-title")).ToHaveTextAsync("Ваша учётная запись отключена");
        await Expect(session.ByTestId("session-ended-text")).ToContainTextAsync("Администратор отключил вашу учётную запись");
        await session.ScreenshotAsync("session-ended-disabled");
        Assert.Null(await AssigneeAsync(number));

        await session.ByTestId("session-ended-action").ClickAsync();
        await session.Page.WaitForURLAsync("**/account/login**");
    }

    [Fact]
    public async Task An_open_page_of_a_disabled_user_ends_within_seconds_without_a_click()
    {
        var email = await NewUserAsync("stale.idle@test.kz", StaffRole.Specialist);
        var number = await RegisteredIncidentAsync("Зависает формирование протокола итогов.");
        await using var session = await OpenIncidentAsync(email, number);

        await AdminAsync((admin, row) => admin.SetDisabledAsync(row.Id, row.ConcurrencyStamp, true, "admin"), email);

        await Expect(session.ByTestId("session-ended-title")).ToHaveTextAsync("Ваша учётная запись отключена",
            new() { Timeout = 30_000 }); // a check every 5 s; the whole suite shares 2 cores in CI
    }

    [Fact]
    public async Task The_next_click_after_a_role_is_removed_is_refused_and_the_page_asks_for_a_reload()
    {
        var email = await NewUserAsync("stale.role@test.kz", StaffRole.Specialist, StaffRole.Operator);
        var number = await RegisteredIncidentAsync("Не отображается кнопка подачи заявки.");
        await using var session = await OpenIncidentAsync(email, number);
        var assign = await session.ByTestId("incident-Assign").BoundingBoxAsync();

        await AdminAsync((admin, row) =>
        {
            var form = UserForm.From(row);
            form.Roles = [StaffRole.Operator];
            return admin.UpdateAsync(form, "admin");
        }, email);
        await ClickWhereAsync(session, assign);

        await Expect(session.ByTestId("session-ended-title")).ToHaveTextAsync("Ваши роли изменены");
        await Expect(session.ByTestId("session-ended-text")).ToContainTextAsync("Перезагрузите страницу");
        await session.ScreenshotAsync("session-ended-roles");
        Assert.Null(await AssigneeAsync(number));

        await session.ByTestId("session-ended-action").ClickAsync();
        await session.WaitForCircuitAsync();
        await Expect(session.ByTestId("session-ended")).ToHaveCountAsync(0);
        await Expect(session.ByTestId("incident-number")).ToHaveTextAsync(number);
    }

    /// <summary>The user's next click, where "Assign" was: on the button if the page still shows it (the gate refuses it),
    /// or on the notice if the periodic check got there first (on a busy machine it may).</summary>
    private static Task ClickWhereAsync(BrowserSession session, Microsoft.Playwright.LocatorBoundingBoxResult? box) =>
        session.Page.Mouse.ClickAsync(box!.X + box.Width / 2, box.Y + box.Height / 2);

    private async Task<BrowserSession> OpenIncidentAsync(string email, string number)
    {
        var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(email);
        await session.Page.GotoAsync($"/incidents/{number}");
        await session.WaitForCircuitAsync();
        await Expect(session.ByTestId("incident-Assign")).ToBeVisibleAsync();
        return session;
    }

    private async Task<string> NewUserAsync(string email, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAdminService>().CreateAsync(new UserForm
        {
            Email = email, FullName = "Сеансов " + email, FullNameKk = "Сеанс Қызметкер", FullNameRu = "Сеансов Сотрудник",
            Roles = [.. roles], Password = DemoUsers.Password, Culture = "ru-RU",
        });
        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Keys) + result.Refusal);
        return email;
    }

    private async Task AdminAsync(Func<UserAdminService, UserRow, Task<CommandResult>> action, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdminService>();
        var row = (await admin.ListAsync(email)).Single(r => r.Email == email);
        var result = await action(admin, row);
        Assert.True(result.Succeeded, string.Join("; ", result.FieldErrors.Keys) + result.Refusal);
    }

    /// <summary>A fresh appeal registered as an incident nobody has taken yet, so the page offers "Assign".</summary>
    private async Task<string> RegisteredIncidentAsync(string description)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var form = new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = AstanaTime.ToWallClock(now.AddMinutes(-5)),
            OrganisationName = "ТОО «Ақ Жол»", TaxpayerNumber = "080340000123", ContactEmail = "tender@akzhol.kz", Description = description,
        };
        var received = await services.GetRequiredService<AppealIntake>().ReceiveAsync(form, TestContext.Current.CancellationToken);
        var @operator = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "browser-Operator"), new Claim(ClaimTypes.Name, DemoUsers.Operator),
                new Claim(ClaimTypes.Role, StaffRole.Operator)], "test"));
        var registered = await services.GetRequiredService<AppealRegistration>()
            .RegisterAsync(received.Value!.AppealId, form, @operator, TestContext.Current.CancellationToken);
        Assert.True(registered.Succeeded, string.Join("; ", registered.FieldErrors.Keys) + registered.Refusal);
        return registered.Value!.IncidentNumber!;
    }

    private async Task<string?> AssigneeAsync(string number)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<IncidentRecord>().AsNoTracking()
            .Where(i => i.Number == number).Select(i => i.AssignedToId).SingleAsync(TestContext.Current.CancellationToken);
    }
}
