using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Web.Features.Admin;
using GosZakup.Console.Web.Features.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>The administrator's pages render interactively with their data.</summary>
public sealed class AdminPagesTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task Admin_sees_the_demo_users_in_the_users_page()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Admin);
        await session.WaitForCircuitAsync(); // a click during the circuit's start-up can be lost

        await session.ByTestId("nav-admin-users").ClickAsync();

        var table = session.ByTestId("users-table");
        await Expect(table).ToContainTextAsync(DemoUsers.Operator);
        await Expect(table).ToContainTextAsync(DemoUsers.WorkingGroup);
        await session.ScreenshotAsync("admin-users");
    }

    [Fact]
    public async Task A_Kazakh_full_name_typed_on_the_users_page_names_the_employee_in_the_Journal()
    {
        // An operator of the test's own, with an appeal registered under their name: renaming a demo user would change what
        // other tests read, and the Journal's newest row may be anyone's.
        const string kazakh = "Нұрланқызы Айгерім Серікқызы";
        var email = $"rename.{Guid.NewGuid():N}"[..15] + "@test.kz";
        var organisation = await OperatorWithAppealAsync(email);
        await using (var admin = await BrowserSession.OpenAsync(app, chromium))
        {
            await admin.SignInAsync(DemoUsers.Admin);
            await admin.Page.GotoAsync("/admin/users");
            await admin.WaitForCircuitAsync();
            var row = admin.ByTestId("users-table").Locator("tr", new() { HasText = email });
            await row.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();

            var field = admin.Field("user-fullname-kk");
            await Expect(field).Not.ToHaveValueAsync(""); // a person reads the old name before replacing it
            // MudBlazor moves the focus into the dialog just after it shows; a selection made before that is lost.
            await Expect(admin.Page.Locator(".mud-dialog-container:focus-within")).ToHaveCountAsync(1);
            await field.TypeOverAsync(kazakh); // select the old name and type over it key by key, Kazakh letters included
            await Expect(field).ToHaveValueAsync(kazakh);
            await field.PressAsync("Tab");
            await admin.ByTestId("user-save").ClickAsync();

            await Expect(admin.ByTestId("user-dialog")).ToHaveCountAsync(0);
            await Expect(row.GetByTestId("user-names")).ToContainTextAsync(kazakh);
        }

        await using var desk = await BrowserSession.OpenAsync(app, chromium);
        await desk.SignInAsync(email); // Kazakh is this user's language
        await desk.Page.GotoAsync("/journal");
        var mine = desk.ByTestId("journal-table").Locator("tr", new() { HasText = organisation });
        await Expect(mine.GetByTestId("journal-employee-name")).ToHaveTextAsync(kazakh);
    }

    /// <summary>A new Operator reading Kazakh, and an appeal they registered (as the Inbox would, with their id and login).
    /// Returns the appeal's organisation, which names its Journal row.</summary>
    private async Task<string> OperatorWithAppealAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var ct = TestContext.Current.CancellationToken;
        var admin = services.GetRequiredService<UserAdminService>();
        var created = await admin.CreateAsync(new UserForm
        {
            Email = email, FullName = "Айгерім Нұрланқызы", FullNameKk = "Нұрланқызы Айгерім", FullNameRu = "Нурланкызы Айгерим",
            Roles = [StaffRole.Operator], Password = DemoUsers.Password, Culture = "kk-KZ",
        });
        Assert.True(created.Succeeded, string.Join("; ", created.FieldErrors.Keys) + created.Refusal);
        var user = (await admin.ListAsync(email)).Single(r => r.Email == email);

        var organisation = $"ТОО «Атау {Guid.NewGuid():N}»"[..20];
        var form = new AppealForm
        {
            Channel = AppealChannel.Phone, ReceivedAt = AstanaTime.ToWallClock(services.GetRequiredService<TimeProvider>().GetUtcNow().AddMinutes(-5)),
            OrganisationName = organisation, TaxpayerNumber = "080340000123", ContactPhone = "+7 701 234 56 78",
            Description = "Портал не принимает ценовое предложение.",
        };
        var received = await services.GetRequiredService<AppealIntake>().ReceiveAsync(form, ct);
        var desk = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, email), new Claim(ClaimTypes.Role, StaffRole.Operator)], "test"));
        var registered = await services.GetRequiredService<AppealRegistration>().RegisterAsync(received.Value!.AppealId, form, desk, ct);
        Assert.True(registered.Succeeded, string.Join("; ", registered.FieldErrors.Keys) + registered.Refusal);
        return organisation;
    }

    [Fact]
    public async Task Admin_reads_the_audit_log_and_verifies_its_chain()
    {
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Admin);

        await session.Page.GotoAsync("/audit");

        await Expect(session.Page.Locator("h1")).ToHaveTextAsync("Audit log");
        // Rows arrive over the circuit (server-side paging); the demo seeding already wrote hundreds. Other tests add rows
        // at the top meanwhile, so any data row will do (the empty table has one row of a single cell).
        var rows = session.ByTestId("audit-table").Locator("tbody tr").Filter(new() { Has = session.Page.Locator("td:nth-child(3)") });
        await Expect(rows.First).ToBeVisibleAsync();
        await session.ByTestId("audit-verify").ClickAsync();
        await Expect(session.ByTestId("audit-report")).ToContainTextAsync("The chain is intact");
        await session.ScreenshotAsync("audit");
    }
}
