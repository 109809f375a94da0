using System.Globalization;

namespace GosZakup.Console.LoadRun;

/// <summary>The console's process as Linux shows it in /proc: found by the loopback port it listens on (so that
/// <c>dotnet run</c>'s own process is not mistaken for it), its resident memory and its CPU time.</summary>
public sealed class ServerProcess(int pid)
{
    /// <summary>USER_HZ: /proc counts CPU time in these ticks (100 on Linux x86-64; <c>getconf CLK_TCK</c>).</summary>
    private const double TicksPerSecond = 100;

    public int Pid { get; } = pid;

    public static ServerProcess ListeningOn(int port)
    {
        var inodes = File.ReadLines("/proc/net/tcp").Concat(File.Exists("/proc/net/tcp6") ? File.ReadLines("/proc/net/tcp6") : [])
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 9 && f[3] == "0A" && f[1].EndsWith($":{port:X4}", StringComparison.Ordinal))
            .Select(f => $"socket:[{f[9]}]").ToHashSet();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                if (Directory.GetFiles(Path.Combine(dir, "fd")).Any(fd => new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target)))
                    return new ServerProcess(pid);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                // Another user's process, or one that just ended.
            }
        }
        throw new ArgumentException($"no process of this user listens on port {port}");
    }

    /// <summary>Resident set size in MiB (VmRSS).</summary>
    public double RssMiB()
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm) ", field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>The machine's busy and total CPU time so far (first line of /proc/stat), for its load over a window.</summary>
    public static (double Busy, double Total) MachineCpu()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Take(8).Sum();
        return (total - idle, total);
    }
}
