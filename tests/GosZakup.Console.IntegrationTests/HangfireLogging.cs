using Hangfire.Logging;

namespace GosZakup.Console.IntegrationTests;

/// <summary>Hangfire logs through one process-wide provider, which every host of this test process sets to its own
/// logger factory as it starts; once that host is disposed, a storage a test opens itself would log into a disposed
/// factory and throw. A test that opens a storage of its own first sets a provider that outlives every host.</summary>
public static class HangfireLogging
{
    public static void Detach() => LogProvider.SetCurrentLogProvider(new Silent());

    private sealed class Silent : ILogProvider, ILog
    {
        public ILog GetLogger(string name) => this;

        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
