using BenchmarkDotNet.Attributes;
using GosZakup.Console.Domain.Calendar;
using NodaTime;

namespace GosZakup.Console.Benchmarks;

/// <summary>Issue 3: AddWorkingTime over a three-year calendar, ≥ 2 million calls a second on one core,
/// against the minute-by-minute reference on the same inputs. Both benchmarks loop over the same
/// <see cref="WorkInputs.Count"/> inputs and declare that many operations per invocation, so Mean is the
/// time of one call and Ratio is the per-call ratio.</summary>
[Config(typeof(OneCoreConfig))]
public class AddWorkingTimeBenchmarks
{
    private WorkingCalendar calendar = null!;
    private WorkInput[] inputs = null!;
    private long sink;

    [GlobalSetup]
    public void Setup()
    {
        calendar = BenchmarkCalendar.Build();
        inputs = WorkInputs.Create();
        // Cross-check before measuring: the reference and the prefix sums agree on every input.
        foreach (var input in inputs)
        {
            var expected = NaiveWorkingTime.Add(calendar, input.From, input.Minutes, input.PauseForLunch);
            var actual = calendar.AddWorkingTime(input.From, input.Amount, input.PauseForLunch);
            if (expected != actual)
                throw new InvalidOperationException(
                    $"AddWorkingTime({input.From}, {input.Minutes} min, pause={input.PauseForLunch}) = {actual}, " +
                    $"the minute-by-minute reference says {expected}.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = WorkInputs.Count)]
    public long Naive()
    {
        long sum = 0;
        foreach (var input in inputs)
            sum += NaiveWorkingTime.Add(calendar, input.From, input.Minutes, input.PauseForLunch).ToUnixTimeTicks();
        sink = sum;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = WorkInputs.Count)]
    public long PrefixSums()
    {
        long sum = 0;
        foreach (var input in inputs)
            sum += calendar.AddWorkingTime(input.From, input.Amount, input.PauseForLunch).ToUnixTimeTicks();
        sink = sum;
        return sum;
    }

    public long Sink => sink;
}

/// <summary>WorkingTimeBetween on the same inputs, from each <c>from</c> to the instant AddWorkingTime
/// gives for it; and the two primitives a call is made of, for seeing where the time goes: the
/// calendar-range check (<see cref="WorkingCalendar.Covers"/>: a time-zone conversion) and
/// <see cref="WorkingCalendar.IsOpen"/> (that check plus one binary search).</summary>
[Config(typeof(OneCoreConfig))]
public class CalendarPrimitiveBenchmarks
{
    private WorkingCalendar calendar = null!;
    private WorkInput[] inputs = null!;
    private Instant[] ends = null!;
    private long sink;

    [GlobalSetup]
    public void Setup()
    {
        calendar = BenchmarkCalendar.Build();
        inputs = WorkInputs.Create();
        ends = inputs.Select(i => calendar.AddWorkingTime(i.From, i.Amount, i.PauseForLunch)).ToArray();
        for (var i = 0; i < inputs.Length; i++)
            if (calendar.WorkingTimeBetween(inputs[i].From, ends[i], inputs[i].PauseForLunch) != inputs[i].Amount)
                throw new InvalidOperationException($"WorkingTimeBetween does not invert AddWorkingTime at {inputs[i]}.");
    }

    [Benchmark(OperationsPerInvoke = WorkInputs.Count)]
    public long WorkingTimeBetween()
    {
        long sum = 0;
        for (var i = 0; i < inputs.Length; i++)
            sum += calendar.WorkingTimeBetween(inputs[i].From, ends[i], inputs[i].PauseForLunch).BclCompatibleTicks;
        sink = sum;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = WorkInputs.Count)]
    public long Covers()
    {
        long sum = 0;
        foreach (var input in inputs)
            sum += calendar.Covers(input.From) ? 1 : 0;
        sink = sum;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = WorkInputs.Count)]
    public long IsOpen()
    {
        long sum = 0;
        foreach (var input in inputs)
            sum += calendar.IsOpen(input.From, input.PauseForLunch) ? 1 : 0;
        sink = sum;
        return sum;
    }

    public long Sink => sink;
}
