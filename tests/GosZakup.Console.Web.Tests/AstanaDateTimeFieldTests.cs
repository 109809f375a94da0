using Bunit;
using GosZakup.Console.Web.Components.Shared;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>The console's one date-and-time field (issue 16 §1): dd.MM.yyyy HH:mm in Astana time in every language; a
/// half-typed or impossible text stays as typed with a reason and never wipes the value mid-typing.</summary>
public sealed class AstanaDateTimeFieldTests : ConsoleTestContext
{
    private static readonly DateTime Earlier = new(2026, 11, 20, 12, 10, 0);

    private DateTime? bound = Earlier;
    private int changes;

    private IRenderedComponent<AstanaDateTimeField> RenderField(DateTime? value, bool required = false) =>
        Render<AstanaDateTimeField>(p => p
            .Add(f => f.Value, value)
            .Add(f => f.ValueChanged, v => { bound = v; changes++; })
            .Add(f => f.Label, "Received (Astana time)")
            .Add(f => f.Required, required)
            .AddUnmatched("data-testid", "received"));

    /// <summary>The text the field holds: the input's value attribute lags while it has focus (MudBlazor keeps the browser's
    /// own text then), so this reads the text given to the inner text field.</summary>
#pragma warning disable MUD0012 // reading, not setting, the inner field's parameter
    private static string Typed(IRenderedComponent<AstanaDateTimeField> cut) => cut.FindComponent<MudTextField<string>>().Instance.Value ?? "";
#pragma warning restore MUD0012

    [Theory]
    [InlineData("kk-KZ")]
    [InlineData("ru-RU")]
    [InlineData("en-US")]
    public void A_stored_value_is_shown_as_day_month_year_hours_minutes_in_every_language(string culture)
    {
        UseCulture(culture);

        var cut = RenderField(new DateTime(2026, 3, 6, 9, 5, 0));

        Assert.Equal("06.03.2026 09:05", cut.Find("input[data-testid=received]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("kk-KZ", "кк.аа.жжжж сс:мм")]
    [InlineData("ru-RU", "дд.мм.гггг чч:мм")]
    [InlineData("en-US", "dd.mm.yyyy hh:mm")]
    public void An_empty_field_shows_the_format_in_the_readers_language(string culture, string placeholder)
    {
        UseCulture(culture);

        var cut = RenderField(null);

        Assert.Equal(placeholder, cut.Find("input").GetAttribute("placeholder"));
    }

    [Theory]
    [InlineData("kk-KZ")]
    [InlineData("ru-RU")]
    [InlineData("en-US")]
    public void A_complete_text_with_leading_zeros_sets_the_value(string culture)
    {
        UseCulture(culture);
        var cut = RenderField(Earlier);

        cut.Find("input").Input("06.03.2026 09:05");

        Assert.Equal(new DateTime(2026, 3, 6, 9, 5, 0), bound);
        Assert.DoesNotContain("mud-input-error", cut.Markup);
    }

    [Fact]
    public void Every_step_of_typing_keeps_the_text_and_leaves_the_value_alone_until_it_is_complete()
    {
        var cut = RenderField(Earlier);
        var input = cut.Find("input");

        foreach (var step in new[] { "0", "06", "06.", "06.0", "06.03.", "06.03.2", "06.03.2026 0", "06.03.2026 09:0" })
        {
            input.Input(step);
            Assert.Equal(step, Typed(cut));
            Assert.Equal(Earlier, bound);
        }
        Assert.Equal(0, changes);
        Assert.DoesNotContain("mud-input-error", cut.Markup);

        input.Input("06.03.2026 09:05");
        Assert.Equal(new DateTime(2026, 3, 6, 9, 5, 0), bound);
        Assert.Equal(1, changes);
    }

    [Theory]
    [InlineData("en-US", "There is no such date or time")]
    [InlineData("ru-RU", "Такой даты или времени нет")]
    [InlineData("kk-KZ", "Мұндай күн немесе уақыт жоқ")]
    public void An_impossible_date_is_explained_and_the_value_is_kept(string culture, string message)
    {
        UseCulture(culture);
        var cut = RenderField(Earlier);

        cut.Find("input").Input("31.02.2026 10:00");

        Assert.Contains(message, cut.Markup);
        Assert.Equal("31.02.2026 10:00", Typed(cut));
        Assert.Equal(Earlier, bound);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("10:60")]
    public void An_impossible_time_is_explained(string time)
    {
        var cut = RenderField(Earlier);

        cut.Find("input").Input($"06.03.2026 {time}");

        Assert.Contains("There is no such date or time", cut.Markup);
        Assert.Equal(Earlier, bound);
    }

    [Theory]
    [InlineData("en-US", "Enter the date and time in full: dd.mm.yyyy hh:mm")]
    [InlineData("ru-RU", "Введите дату и время полностью: дд.мм.гггг чч:мм")]
    [InlineData("kk-KZ", "Күн мен уақытты толық енгізіңіз: кк.аа.жжжж сс:мм")]
    public void Leaving_an_unfinished_text_keeps_it_says_why_and_lets_no_older_time_be_saved(string culture, string message)
    {
        UseCulture(culture);
        var cut = RenderField(Earlier);
        var input = cut.Find("input");

        input.Input("06.03.20");
        input.Blur();

        Assert.Contains(message, cut.Markup);
        Assert.Equal("06.03.20", Typed(cut));
        Assert.Null(bound); // the form refuses to save rather than store the earlier time the field no longer shows
    }

    [Fact]
    public void The_parents_re_render_with_the_same_value_keeps_what_is_being_typed()
    {
        var cut = RenderField(Earlier);

        cut.Find("input").Input("06.03");
        cut.Render(p => p.Add(f => f.Value, Earlier)); // a live update of the page

        Assert.Equal("06.03", Typed(cut));
    }

    [Fact]
    public void A_value_changed_outside_the_field_replaces_the_text()
    {
        var cut = RenderField(Earlier);
        cut.Find("input").Input("06.03");

        cut.Render(p => p.Add(f => f.Value, new DateTime(2026, 12, 1, 8, 0, 0)));

        Assert.Equal("01.12.2026 08:00", Typed(cut));
    }

    [Fact]
    public void Clearing_the_field_clears_the_value_when_the_person_leaves_it()
    {
        var cut = RenderField(Earlier);
        var input = cut.Find("input");

        input.Input("");
        Assert.Equal(Earlier, bound);
        input.Blur();

        Assert.Null(bound);
        Assert.DoesNotContain("mud-input-error", cut.Markup);
    }

    [Fact]
    public void A_required_field_left_empty_asks_for_the_date_in_words()
    {
        var cut = RenderField(null, required: true);

        cut.Find("input").Blur();

        Assert.Contains("Enter the date and time: dd.mm.yyyy hh:mm", cut.Markup);
    }

    [Fact]
    public void The_callers_error_is_shown_when_the_text_itself_is_fine()
    {
        var cut = Render<AstanaDateTimeField>(p => p
            .Add(f => f.Value, Earlier).Add(f => f.Error, true).Add(f => f.ErrorText, "Specify when the appeal was received."));

        Assert.Contains("Specify when the appeal was received.", cut.Markup);
    }
}
