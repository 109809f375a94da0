using Bunit;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Web.Features.MailTemplates;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class MailTemplateEditorTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<MailTemplateEditor>> RenderAsync()
    {
        AddAuthorization().SetAuthorized("admin@demo.kz").SetRoles("Admin");
        Services.AddMailTemplates();
        await (await MigratedDatabaseAsync()).DisposeAsync();
        Render<MudPopoverProvider>();
        var cut = Render<MailTemplateEditor>(parameters => parameters.Add(e => e.Kind, MailTemplateCatalogue.IdEmail));
        cut.WaitForAssertion(() => Assert.Contains("Өтінішіңіз тіркелді", cut.Find("[data-testid=template-preview]").TextContent));
        return cut;
    }

    private static void Type(IRenderedComponent<MailTemplateEditor> cut, string field, string text) =>
        cut.Find($"[data-testid=template-{field}]").Input(text);

    private async Task<int> StoredAsync()
    {
        await using var db = await MigratedDatabaseAsync();
        return await db.Set<MailTemplateRecord>().CountAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("en-US", "{numbr} is not a placeholder of this notice. Use one of: {number}, {received}, {organisation}.")]
    [InlineData("ru-RU", "{numbr} — не подстановка этого уведомления. Допустимы: {number}, {received}, {organisation}.")]
    [InlineData("kk-KZ", "{numbr} осы хабарламаның алмастыру өрісі емес. Рұқсат етілгендері: {number}, {received}, {organisation}.")]
    public async Task An_unknown_placeholder_is_named_in_the_users_language_and_nothing_is_saved(string culture, string message)
    {
        UseCulture(culture);
        var cut = await RenderAsync();
        Type(cut, nameof(MailTemplateForm.BodyRu), "Ваш номер: {numbr}.");

        cut.Find("[data-testid=template-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Markup));
        Assert.Equal(0, await StoredAsync());
    }

    [Fact]
    public async Task After_a_refused_save_the_message_follows_the_typing()
    {
        var cut = await RenderAsync();
        Type(cut, nameof(MailTemplateForm.SubjectKk), "");
        cut.Find("[data-testid=template-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Enter the text: every notice goes out in Kazakh and Russian.", cut.Markup));

        Type(cut, nameof(MailTemplateForm.SubjectKk), "Тіркелді: {number}");

        cut.WaitForAssertion(() => Assert.DoesNotContain("Enter the text: every notice goes out in Kazakh and Russian.", cut.Markup));
    }

    [Fact]
    public async Task The_preview_shows_the_wording_with_sample_values_and_markup_as_text()
    {
        var cut = await RenderAsync();

        Type(cut, nameof(MailTemplateForm.BodyKk), "<b>{number}</b> {organisation}");

        cut.WaitForAssertion(() => Assert.Contains("<b>INC-2026-000123</b> ТОО «Ақ Жол»", cut.Find("[data-testid=template-preview]").TextContent));
        Assert.Contains("&lt;b&gt;INC-2026-000123&lt;/b&gt;", cut.Find("[data-testid=template-preview]").InnerHtml);
    }

    [Fact]
    public async Task A_valid_wording_is_saved_and_then_offered_for_restoring()
    {
        var cut = await RenderAsync();
        Assert.Empty(cut.FindAll("[data-testid=template-restore]"));
        Type(cut, nameof(MailTemplateForm.BodyRu), "Ваш номер: {number}.");

        cut.Find("[data-testid=template-save]").Click();

        cut.WaitForElement("[data-testid=template-restore]");
        Assert.Equal(1, await StoredAsync());
        Assert.Contains("admin@demo.kz", cut.Find("[data-testid=template-status]").TextContent);
    }

    [Fact]
    public async Task Clicking_a_placeholder_adds_it_to_the_end_of_the_field_last_in()
    {
        var cut = await RenderAsync();
        Type(cut, nameof(MailTemplateForm.SubjectRu), "Номер:");
        cut.Find($"[data-testid=template-{nameof(MailTemplateForm.SubjectRu)}]").FocusIn();

        cut.Find("[data-testid=placeholder-number]").Click();

        cut.WaitForAssertion(() =>
            Assert.Equal("Номер:{number}", cut.Find($"[data-testid=template-{nameof(MailTemplateForm.SubjectRu)}]").GetAttribute("value")));
        Assert.Contains("/ Номер:INC-2026-000123", cut.Find("[data-testid=template-preview]").TextContent);
    }
}
