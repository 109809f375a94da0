using Bunit;
using GosZakup.Console.Web.Components.Shared;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

/// <summary>The date-and-time fields read what Blazor sends from a datetime-local input — with seconds — in every UI
/// language, and show the value to the minute.</summary>
public sealed class AstanaDateFieldTests : ConsoleTestContext
{
    [Theory]
    [InlineData("kk-KZ", "2026-11-23T17:30:00")]
    [InlineData("ru-RU", "2026-11-23T17:30:00")]
    [InlineData("en-US", "2026-11-23T17:30")]
    public void A_datetime_local_value_from_the_browser_binds(string culture, string sent)
    {
        UseCulture(culture);
        DateTime? bound = null;
        var cut = Render<MudTextField<DateTime?>>(p => p
            .Add(f => f.InputType, InputType.DateTimeLocal).Add(f => f.Converter, AstanaInput.DateTimeLocal)
            .Add(f => f.ValueChanged, v => bound = v));

        cut.Find("input").Change(sent);

        Assert.Equal(new DateTime(2026, 11, 23, 17, 30, 0), bound);
        Assert.False(cut.Instance.HasErrors);
    }

    [Fact]
    public void The_value_is_shown_to_the_minute()
    {
        var cut = Render<MudTextField<DateTime?>>(p => p
            .Add(f => f.InputType, InputType.DateTimeLocal).Add(f => f.Converter, AstanaInput.DateTimeLocal)
            .Add(f => f.Value, new DateTime(2026, 11, 23, 9, 5, 0)));

        Assert.Equal("2026-11-23T09:05", cut.Find("input").GetAttribute("value"));
    }
}
