using Bunit;
using GosZakup.Console.Web.Components.Layout;

namespace GosZakup.Console.Web.Tests;

public class AstanaClockTests : ConsoleTestContext
{
    [Fact]
    public void Shows_Astana_time_labelled_with_its_offset()
    {
        var cut = Render<AstanaClock>(); // the pinned clock reads 07:10 UTC

        Assert.Equal("20.11.2026 12:10:00", cut.Find("[data-testid=astana-clock-time]").TextContent);
        Assert.Contains("Astana", cut.Markup);
        Assert.Contains("UTC+5", cut.Markup);
    }

    [Fact]
    public void Ticks_every_second_from_the_shared_ticker()
    {
        var cut = Render<AstanaClock>();

        Clock.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("20.11.2026 12:10:01", cut.Find("[data-testid=astana-clock-time]").TextContent));
    }

    [Fact]
    public void A_tick_from_another_culture_keeps_the_users_language()
    {
        UseCulture("kk-KZ");
        var cut = Render<AstanaClock>();
        UseCulture("en-US"); // the ticker's thread carries some other culture

        Clock.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("20.11.2026 12:10:01", cut.Find("[data-testid=astana-clock-time]").TextContent));
        Assert.Contains("Астана", cut.Markup);
        Assert.DoesNotContain("Astana", cut.Markup);
    }
}
