using GosZakup.Console.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace GosZakup.Console.Web.Tests;

/// <summary><c>Obligations:ImmediateGraceMinutes</c>: the minutes an "immediately" duty is given (R2 §15.1), checked at start.</summary>
public class ImmediateGraceSettingTests
{
    private static IConfiguration With(string? minutes) => new ConfigurationBuilder()
        .AddInMemoryCollection(minutes is null ? [] : [new("Obligations:ImmediateGraceMinutes", minutes)]).Build();

    [Theory]
    [InlineData(null, 5)]
    [InlineData("", 5)]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    [InlineData("60", 60)]
    public void A_whole_number_of_minutes_up_to_an_hour_is_taken_and_none_gives_five(string? setting, int minutes) =>
        Assert.Equal(minutes, ConsoleServices.ImmediateGraceFrom(With(setting)));

    [Theory]
    [InlineData("-1")]
    [InlineData("61")]
    [InlineData("5.5")]
    [InlineData("five")]
    public void Anything_else_stops_the_start_with_a_message_naming_the_setting_and_what_to_write(string setting)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ConsoleServices.ImmediateGraceFrom(With(setting)));

        Assert.Equal($"Obligations:ImmediateGraceMinutes is '{setting}'; use a whole number of minutes from 0 to 60 (default 5).", refused.Message);
    }
}
