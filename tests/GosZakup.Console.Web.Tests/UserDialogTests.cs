using Bunit;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>The Admin's user dialog keeps the full name in Kazakh and Russian that form F1 prints, and says what is wrong
/// with it in the Admin's language.</summary>
public class UserDialogTests : ConsoleTestContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static UserForm NewOperator(string kazakh = "", string russian = "") => new()
    {
        Email = "aigerim@test.kz", FullName = "Айгерім Нұрланқызы", FullNameKk = kazakh, FullNameRu = russian,
        Roles = ["Operator"], Password = "Strong-Pass-2026",
    };

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(UserForm form)
    {
        AddAuthorization().SetAuthorized("admin@test.kz").SetRoles("Admin");
        Services.AddLogging();
        Services.AddIdentityCore<ApplicationUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        await using (var db = await MigratedDatabaseAsync())
        {
            if (!await db.Roles.AnyAsync(Ct)) db.Roles.Add(new IdentityRole("Operator") { Id = "Operator", NormalizedName = "OPERATOR" });
            await db.SaveChangesAsync(Ct);
        }
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<UserDialog> { { d => d.Form, form }, { d => d.ActingUserId, "admin-id" } };
        // Not awaited: ShowAsync completes only once the provider has rendered the dialog on this same dispatcher.
        await provider.InvokeAsync(() => { _ = Services.GetRequiredService<IDialogService>().ShowAsync<UserDialog>("User", parameters); });
        provider.WaitForElement("[data-testid=user-save]", TimeSpan.FromSeconds(20));
        return provider;
    }

    private async Task<ApplicationUser?> SavedAsync()
    {
        await using var db = await MigratedDatabaseAsync();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == "aigerim@test.kz", Ct);
    }

    private static string Errors(IRenderedComponent<MudDialogProvider> cut) =>
        string.Join("\n", cut.FindAll("[data-testid=user-error]").Select(e => e.TextContent));

    [Fact]
    public async Task Names_missing_in_Kazakh_and_Russian_are_asked_for_and_nothing_is_saved()
    {
        var cut = await OpenAsync(NewOperator());

        cut.Find("[data-testid=user-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Enter the full name in Kazakh: form F1 prints it.", Errors(cut)));
        Assert.Contains("Enter the full name in Russian: form F1 prints it.", Errors(cut));
        Assert.Null(await SavedAsync());
    }

    [Fact]
    public async Task A_name_in_Latin_letters_is_refused_in_the_admins_language()
    {
        UseCulture("ru-RU");
        var cut = await OpenAsync(NewOperator("Nurlankyzy Aigerim", "Нурланкызы Айгерим"));

        cut.Find("[data-testid=user-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("ФИО на казахском языке: пишите кириллицей", Errors(cut)));
        Assert.DoesNotContain("ФИО на русском языке", Errors(cut));
        Assert.Null(await SavedAsync());
    }

    [Fact]
    public async Task A_name_longer_than_150_characters_is_refused()
    {
        UseCulture("kk-KZ");
        var cut = await OpenAsync(NewOperator(string.Join(' ', Enumerable.Repeat("Нұрланқызы", 14)), "Нурланкызы Айгерим"));

        cut.Find("[data-testid=user-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Аты-жөні қазақ тілінде: 150 таңбадан аспауы керек.", Errors(cut)));
        Assert.Null(await SavedAsync());
    }

    [Fact]
    public async Task Markup_in_the_full_name_is_refused_under_the_field_s_label()
    {
        var form = NewOperator("Нұрланқызы Айгерім", "Нурланкызы Айгерим");
        form.FullName = "<b>Айгерім</b>";
        var cut = await OpenAsync(form);

        cut.Find("[data-testid=user-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Full name: Markup and scripts are not accepted; write plain text.", Errors(cut)));
        Assert.Null(await SavedAsync());
    }

    [Fact]
    public async Task Names_typed_into_the_dialog_are_saved_tidied()
    {
        var cut = await OpenAsync(NewOperator());

        cut.Find("input[data-testid=user-fullname-kk]").Change("  Нұрланқызы   Айгерім ");
        cut.Find("input[data-testid=user-fullname-ru]").Change("Нурланкызы Айгерим");
        cut.Find("[data-testid=user-save]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=user-dialog]")));
        var saved = await SavedAsync();
        Assert.Equal(("Нұрланқызы Айгерім", "Нурланкызы Айгерим"), (saved?.FullNameKk, saved?.FullNameRu));
    }

    [Fact]
    public async Task Editing_a_user_changes_their_names_on_the_forms()
    {
        var cut = await OpenAsync(NewOperator("Нұрланқызы Айгерім", "Нурланкызы Айгерим"));
        cut.Find("[data-testid=user-save]").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=user-dialog]")));
        var row = (await Services.GetRequiredService<UserAdminService>().ListAsync("aigerim")).Single();
        var form = UserForm.From(row);
        Assert.Equal(("Нұрланқызы Айгерім", "Нурланкызы Айгерим"), (form.FullNameKk, form.FullNameRu));

        await cut.InvokeAsync(() =>
        {
            _ = Services.GetRequiredService<IDialogService>().ShowAsync<UserDialog>("User",
            new DialogParameters<UserDialog> { { d => d.Form, form }, { d => d.ActingUserId, "admin-id" } });
        });
        cut.WaitForElement("input[data-testid=user-fullname-kk]").Change("Сейітова Айгерім");
        cut.Find("input[data-testid=user-fullname-ru]").Change("Сеитова Айгерим");
        cut.Find("[data-testid=user-save]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=user-dialog]")));
        var saved = await SavedAsync();
        Assert.Equal(("Сейітова Айгерім", "Сеитова Айгерим", "Айгерім Нұрланқызы"), (saved?.FullNameKk, saved?.FullNameRu, saved?.FullName));
    }
}
