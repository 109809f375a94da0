namespace GosZakup.Console.Infrastructure.Jobs;

/// <summary>How long jobs hold their leases (<c>Jobs:Leases:*</c>). A runner renews its lease every
/// <see cref="Heartbeat"/>; a lease not renewed for <see cref="Lease"/> means its process is gone. The sweep runs every
/// <see cref="SweepInterval"/>; a job interrupted <see cref="MaxAttempts"/> times is failed rather than run again.
/// <see cref="StepDelay"/> slows every step so a test can kill the process mid-job; it is forced to zero in Production.</summary>
public sealed record LongJobOptions(TimeSpan Lease, TimeSpan Heartbeat, int MaxAttempts, TimeSpan SweepInterval, TimeSpan StepDelay)
{
    public static readonly LongJobOptions Default = new(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), 3, TimeSpan.FromMinutes(1), TimeSpan.Zero);
}

/// <summary>Who runs a job: this host, this process and this start of it (a process id alone can be reused).</summary>
public sealed record LongJobOwner(string Host, int ProcessId, Guid Start)
{
    public static readonly LongJobOwner ThisProcess = new(Environment.MachineName, Environment.ProcessId, Guid.NewGuid());

    public override string ToString() => $"{Host}/{ProcessId}/{Start:N}";

    public static LongJobOwner? Parse(string? text)
    {
        var parts = text?.Split('/');
        return parts is [var host, var pid, var start] && int.TryParse(pid, out var id) && Guid.TryParse(start, out var guid) ? new(host, id, guid) : null;
    }
}
