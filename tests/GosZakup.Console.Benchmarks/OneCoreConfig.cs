using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace GosZakup.Console.Benchmarks;

/// <summary>One core (the benchmark process is pinned to CPU 0), BenchmarkDotNet's automatic warm-up and
/// 10 measured iterations: the whole run takes under two minutes. The call-counting delay is switched off
/// so that, with only one core, tiered JIT reaches optimized code during the pilot stage rather than
/// after it has sized the iterations (startup only: the steady-state code is the same). Ratios are shown
/// as a trend ("266.07x faster") rather than as a fraction rounded to 0.004.</summary>
public sealed class OneCoreConfig : ManualConfig
{
    public OneCoreConfig()
    {
        AddJob(Job.Default
            .WithAffinity(1)
            .WithIterationCount(10)
            .WithEnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0")
            .WithId("OneCore"));
        AddDiagnoser(MemoryDiagnoser.Default);
        SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }
}
