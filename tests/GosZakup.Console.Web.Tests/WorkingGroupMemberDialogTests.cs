using Bunit;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Features.WorkingGroup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class WorkingGroupMemberDialogTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(WorkingGroupMemberForm form, params WorkingGroupMemberRecord[] existing)
    {
        AddAuthorization().SetAuthorized("supervisor@demo.kz").SetRoles("Supervisor");
        Services.AddWorkingGroup();
        await using (var db = await MigratedDatabaseAsync())
        {
            db.Set<WorkingGroupMemberRecord>().AddRange(existing);
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<WorkingGroupMemberDialog> { { d => d.Form, form } };
        // Not awaited: ShowAsync completes only once the provider has rendered the dialog on this same dispatcher.
        await provider.InvokeAsync(() => { _ = Services.GetRequiredService<IDialogService>().ShowAsync<WorkingGroupMemberDialog>("Member", parameters); });
        provider.WaitForElement("[data-testid=wg-member-save]", TimeSpan.FromSeconds(20));
        return provider;
    }

    private async Task<int> CountAsync()
    {
        await using var db = await MigratedDatabaseAsync();
        return await db.Set<WorkingGroupMemberRecord>().CountAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task An_empty_form_says_what_is_missing_field_by_field()
    {
        var cut = await OpenAsync(new WorkingGroupMemberForm { Phone = "12345" });

        cut.Find("[data-testid=wg-member-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Enter the member's full name.", cut.Markup));
        Assert.Contains("Enter an e-mail: the alerts are sent there.", cut.Markup);
        Assert.Contains("Not a Kazakhstan phone number, e.g. +7 701 234 56 78.", cut.Markup);
        Assert.Equal(0, await CountAsync());
    }

    [Theory]
    [InlineData("ru-RU", "wg@demo.kz уже есть в справочнике.")]
    [InlineData("kk-KZ", "wg@demo.kz анықтамалықта бар.")]
    public async Task An_address_already_in_the_directory_is_explained_in_the_users_language(string culture, string message)
    {
        UseCulture(culture);
        var existing = new WorkingGroupMemberRecord { FullName = "Бауыржан Омаров", Email = "wg@demo.kz", IsHead = true };

        var cut = await OpenAsync(new WorkingGroupMemberForm { FullName = "Другой", Email = "WG@demo.kz" }, existing);
        cut.Find("[data-testid=wg-member-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Markup));
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_second_head_is_refused_naming_the_head()
    {
        var existing = new WorkingGroupMemberRecord { FullName = "Бауыржан Омаров", Email = "wg@demo.kz", IsHead = true };

        var cut = await OpenAsync(new WorkingGroupMemberForm { FullName = "Ольга Ким", Email = "o.kim@demo.kz", IsHead = true }, existing);
        cut.Find("[data-testid=wg-member-save]").Click();

        cut.WaitForAssertion(() =>
            Assert.Contains("Бауыржан Омаров is already the head of the Working Group.", cut.Find("[data-testid=wg-member-error]").TextContent));
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_valid_member_closes_the_dialog_and_is_saved()
    {
        var cut = await OpenAsync(new WorkingGroupMemberForm { FullName = "Ольга Ким", Email = "o.kim@demo.kz", Phone = "+7 705 555 10 03" });

        cut.Find("[data-testid=wg-member-save]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=wg-member-dialog]")));
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_contact_of_the_Owner_s_unit_has_no_head_or_information_security_marks()
    {
        var cut = await OpenAsync(new WorkingGroupMemberForm { Unit = ContactUnit.OwnerUnit });

        Assert.Empty(cut.FindAll("[data-testid=wg-member-head]"));
        Assert.Empty(cut.FindAll("[data-testid=wg-member-security]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=wg-member-email]"));
    }
}
