using Bunit;
using GosZakup.Console.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>MudBlazor's own texts (a pager's buttons, its labels) speak the reader's language through ConsoleMudLocalizer.</summary>
public class MudLocalizerTests : ConsoleTestContext
{
    private IRenderedComponent<MudTable<int>> RenderTableOfTwenty() =>
        Render<MudTable<int>>(p => p
            .Add(t => t.Items, Enumerable.Range(1, 20).ToList())
            .Add(t => t.RowsPerPage, 10)
            .Add(t => t.RowTemplate,
                (RenderFragment<int>)(row => builder => { builder.OpenElement(0, "td"); builder.AddContent(1, row); builder.CloseElement(); }))
            .Add(t => t.PagerContent, (RenderFragment)(builder => { builder.OpenComponent<ConsolePager>(0); builder.CloseComponent(); })));

    [Theory]
    [InlineData("ru-RU", "Строк на странице", "1-10 из 20", "Следующая страница", "Первая страница")]
    [InlineData("kk-KZ", "Беттегі жолдар", "1-10, барлығы 20", "Келесі бет", "Бірінші бет")]
    [InlineData("en-US", "Rows per page", "1-10 of 20", "Next page", "First page")]
    public void A_table_pager_speaks_the_readers_language(string culture, string rowsPerPage, string info, string next, string first)
    {
        UseCulture(culture);

        var cut = RenderTableOfTwenty();

        var pager = cut.Find(".mud-table-pagination");
        Assert.Contains(rowsPerPage, pager.TextContent, StringComparison.Ordinal);
        Assert.Contains(info, pager.TextContent, StringComparison.Ordinal);
        var buttons = cut.FindAll(".mud-table-pagination button[aria-label]").Select(b => b.GetAttribute("aria-label")).ToList();
        Assert.Contains(next, buttons);
        Assert.Contains(first, buttons);
        Assert.DoesNotContain(buttons, label => label is "Next page" or "First page" && culture != "en-US");
    }

    [Theory]
    [InlineData("ru-RU", "Открыть календарь")]
    [InlineData("kk-KZ", "Күнтізбені ашу")]
    public void A_date_pickers_open_button_is_named_in_the_readers_language(string culture, string open)
    {
        UseCulture(culture);

        var cut = Render<MudDatePicker>(p => p.Add(d => d.Label, "—"));

        Assert.Contains(open, cut.FindAll("button[aria-label]").Select(b => b.GetAttribute("aria-label")));
    }
}
