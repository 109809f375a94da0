using System.Globalization;
using GosZakup.Console.Web.Features.Penalties;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.IntegrationTests.Penalties;

/// <summary>R2 §28's arithmetic on its own: rounding, the per-failure and quarterly caps, an open failure.</summary>
public sealed class PenaltyCalculatorTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);

    private static PenaltyInput Failure(string number, DateTime start, TimeSpan? lasted) =>
        new(number, start, lasted is { } span ? start + span : null, "operator-infosec");

    [Theory]
    [InlineData(200, 10, 200, 166_667)]   // 3 h 20 min × 50 000 ₸/h = 166 666.67 → 166 667
    [InlineData(191, 10, 200, 166_667)]   // 3 h 11 min rounds up to 3 h 20 min
    [InlineData(191, 1, 191, 159_167)]    // to the minute: 191 × 50 000 / 60 = 159 166.67
    [InlineData(181, 60, 240, 200_000)]   // whole hours: 3 h 01 min bills 4 h
    [InlineData(0, 10, 0, 0)]
    public void The_duration_is_rounded_up_then_charged_at_the_hourly_rate(int minutes, int rounding, int billed, decimal amount)
    {
        var options = new PenaltyOptions { RatePerHour = 50_000, RoundingMinutes = rounding, CapPerIncident = 0, CapPerQuarter = 0 };

        var line = PenaltyCalculator.Line(Failure("INC-2026-000001", Now.AddHours(-10), TimeSpan.FromMinutes(minutes)), options, Now);

        Assert.Equal((billed, amount), (line.BilledMinutes, line.Amount));
    }

    [Fact]
    public void A_started_second_counts_as_a_started_minute()
    {
        Assert.Equal(11, PenaltyCalculator.BilledMinutes(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1), 1));
        Assert.Equal(10, PenaltyCalculator.BilledMinutes(TimeSpan.FromMinutes(10), 1));
    }

    [Fact]
    public void An_open_failure_is_charged_until_now()
    {
        var line = PenaltyCalculator.Line(Failure("INC-2026-000002", Now.AddMinutes(-75), null), new PenaltyOptions(), Now);

        Assert.Equal((true, Now, 80, 66_667m), (line.Open, line.EndUtc, line.BilledMinutes, line.Amount));
    }

    [Fact]
    public void The_per_failure_rate_is_added_before_the_per_failure_cap()
    {
        var options = new PenaltyOptions { RatePerHour = 50_000, RatePerIncident = 100_000, CapPerIncident = 250_000, CapPerQuarter = 0 };

        var line = PenaltyCalculator.Line(Failure("INC-2026-000003", Now.AddHours(-5), TimeSpan.FromMinutes(200)), options, Now);

        Assert.Equal((166_667m, 266_667m, 250_000m, 250_000m, true),
            (line.HourlyAmount, line.Uncapped, line.AfterIncidentCap, line.Amount, line.CappedPerIncident));
    }

    [Fact]
    public void The_quarter_cap_takes_from_the_failures_in_the_order_they_began()
    {
        var options = new PenaltyOptions { RatePerHour = 50_000, CapPerIncident = 150_000, CapPerQuarter = 200_000 };
        var failures = new[]
        {
            Failure("INC-2026-000009", Now.AddHours(-2), TimeSpan.FromMinutes(60)),    // later: 50 000, but only what is left
            Failure("INC-2026-000004", Now.AddHours(-9), TimeSpan.FromMinutes(200)),   // first: 166 667 capped at 150 000
            Failure("INC-2026-000005", Now.AddHours(-1), TimeSpan.FromMinutes(30)),    // nothing left
        };

        var totals = PenaltyCalculator.Compute(failures, options, Now);

        Assert.Equal(["INC-2026-000004", "INC-2026-000009", "INC-2026-000005"], totals.Lines.Select(l => l.IncidentNumber));
        Assert.Equal([150_000m, 50_000m, 0m], totals.Lines.Select(l => l.Amount));
        Assert.Equal((200_000m, 241_667m, true), (totals.Total, totals.Uncapped, totals.QuarterCapReached));
        Assert.Equal([false, false, true], totals.Lines.Select(l => l.CappedPerQuarter));
    }

    [Fact]
    public void The_formula_shows_every_figure()
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var l = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var options = new PenaltyOptions { RatePerHour = 50_000, CapPerIncident = 150_000, CapPerQuarter = 0 };
        var line = PenaltyCalculator.Line(Failure("INC-2026-000006", Now.AddHours(-5), TimeSpan.FromMinutes(200)), options, Now);
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("3 h 20 min × 50 000,00 ₸/h = 166 667,00 ₸; capped at 150 000,00 ₸ per failure", Plain(PenaltyWording.Formula(line, options, l)));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("kk-KZ");
            Assert.StartsWith("3 сағ 20 мин × 50 000,00 ₸/сағ = 166 667,00 ₸", Plain(PenaltyWording.Formula(line, options, l)), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
