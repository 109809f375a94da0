using GosZakup.Console.Domain.Calendar;
using NodaTime;

namespace GosZakup.Console.Domain.Tests.Calendar;

/// <summary>Properties of business-time arithmetic, over many random instants and durations (fixed seed,
/// so a failure reproduces) on the test calendar.</summary>
public class WorkingTimePropertyTests
{
    private static readonly WorkingCalendar Calendar = TestCalendar.Instance;
    private static readonly Instant RangeStart = Instant.FromUtc(2024, 1, 1, 0, 0);
    private static readonly long RangeTicks = (Instant.FromUtc(2027, 9, 30, 0, 0) - RangeStart).BclCompatibleTicks;

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 20261123 };

    private static IEnumerable<(Instant From, Duration Amount, bool Pause)> Samples(int seed, int count = 500)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var from = RangeStart + Duration.FromTicks((long)(random.NextDouble() * RangeTicks));
            var amount = Duration.FromSeconds(random.Next(0, 3 * 8 * 3600)); // up to three working days
            yield return (from, amount, random.Next(2) == 0);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Elapsed_working_time_undoes_adding_it(int seed)
    {
        foreach (var (from, amount, pause) in Samples(seed))
            Assert.Equal(amount, Calendar.WorkingTimeBetween(from, Calendar.AddWorkingTime(from, amount, pause), pause));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adding_more_never_ends_earlier(int seed)
    {
        foreach (var (from, amount, pause) in Samples(seed))
        {
            var shorter = Calendar.AddWorkingTime(from, amount, pause);
            var longer = Calendar.AddWorkingTime(from, amount + Duration.FromSeconds(1), pause);
            Assert.True(longer > shorter);
            Assert.True(shorter >= from);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adding_in_two_steps_equals_adding_the_sum(int seed)
    {
        var random = new Random(seed);
        foreach (var (from, amount, pause) in Samples(seed))
        {
            var first = Duration.FromTicks((long)(amount.BclCompatibleTicks * random.NextDouble()));
            var second = amount - first;
            Assert.Equal(Calendar.AddWorkingTime(from, amount, pause), Calendar.AddWorkingTime(Calendar.AddWorkingTime(from, first, pause), second, pause));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_result_never_falls_in_closed_time_or_with_the_pause_in_lunch(int seed)
    {
        foreach (var (from, amount, pause) in Samples(seed).Where(s => s.Amount > Duration.Zero))
        {
            var result = Calendar.AddWorkingTime(from, amount, pause);
            // The tick before the result was working time: the result is inside an open span or at its close.
            Assert.True(Calendar.IsOpen(result - Duration.FromTicks(1), pause), $"{from} + {amount} → {result}");
        }
    }
}
