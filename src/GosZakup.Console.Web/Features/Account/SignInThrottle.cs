using System.Collections.Concurrent;

namespace GosZakup.Console.Web.Features.Account;

/// <summary>Slows password guessing without locking anyone out. Two counters of failed sign-ins, each forgotten after a
/// quiet hour: one per client address, one per e-mail as typed (known or not, so the answer reveals nothing). Past a
/// few free failures every further attempt must wait 1, 2, 4 … seconds (capped) after the previous one; an attempt
/// that comes too early is answered "wait N seconds" without looking at the password, and holds no thread.
/// <para>Accounts are slowed, never locked: the per-account delay is capped at a minute, and it does not apply to a
/// browser that has signed in to that account before (its device cookie), so an attacker spraying guesses from many
/// addresses cannot keep an administrator out of their own desk. The per-client delay always applies.</para>
/// <para>The counters live in this process: each instance behind a load balancer counts its own.</para></summary>
public sealed class SignInThrottle(SignInThrottle.Settings settings, TimeProvider clock)
{
    /// <summary><paramref name="FreeFailuresPerClient"/>, <paramref name="FreeFailuresPerAccount"/>: failures before
    /// delays begin; <paramref name="FirstDelay"/>: the first wait, doubled at each further failure; the caps bound each
    /// wait; <paramref name="Memory"/>: quiet time after which failures are forgotten.</summary>
    public sealed record Settings(int FreeFailuresPerClient, int FreeFailuresPerAccount, TimeSpan FirstDelay, TimeSpan MaxClientDelay,
        TimeSpan MaxAccountDelay, TimeSpan Memory)
    {
        public static readonly Settings Default =
            new(5, 10, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
    }

    /// <summary>Either <see cref="Wait"/> is positive (refused, try again after it) or the attempt may check its
    /// password, and must then report its outcome through <see cref="Finish"/>.</summary>
    public sealed record Decision(TimeSpan Wait, string? Client = null, string? Account = null)
    {
        public bool Allowed => Wait <= TimeSpan.Zero;

        /// <summary>Whole seconds to tell the user, never zero while refused.</summary>
        public int WaitSeconds => (int)Math.Ceiling(Wait.TotalSeconds);
    }

    private sealed class Counter
    {
        public int Failures;
        public int InFlight;
        public DateTimeOffset LastFailure;
        public DateTimeOffset NextAllowed;
    }

    private const int PruneEvery = 1_000;
    private static readonly TimeSpan Busy = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, Counter> clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Counter> accounts = new(StringComparer.Ordinal);
    private int recorded;

    /// <summary>Decides whether a sign-in attempt may check its password now. <paramref name="knownDevice"/>: the
    /// browser carries this account's device cookie, so the account's counter neither slows nor counts it.</summary>
    public Decision Begin(string client, string account, bool knownDevice)
    {
        var now = clock.GetUtcNow();
        var key = Normalise(account);
        var clientCounter = clients.GetOrAdd(client, _ => new Counter());
        var accountCounter = knownDevice ? null : accounts.GetOrAdd(key, _ => new Counter());
        // One lock order (client, then account) for every caller.
        lock (clientCounter)
        {
            if (accountCounter is null)
                return Take(clientCounter, null, now, client, null);
            lock (accountCounter)
                return Take(clientCounter, accountCounter, now, client, key);
        }
    }

    /// <summary>The attempt's outcome. A failure counts against its client and account and sets their next wait; a
    /// success forgives the client's failures. The account's stay (they may come from someone else) and fade with
    /// time; its owner's browser skips them through the device cookie.</summary>
    public void Finish(Decision attempt, bool succeeded)
    {
        if (!attempt.Allowed || attempt.Client is null) return;
        var now = clock.GetUtcNow();
        if (clients.TryGetValue(attempt.Client, out var client))
            lock (client) End(client, succeeded, now, settings.FreeFailuresPerClient, settings.MaxClientDelay, forgive: succeeded);
        if (attempt.Account is not null && accounts.TryGetValue(attempt.Account, out var account))
            lock (account) End(account, succeeded, now, settings.FreeFailuresPerAccount, settings.MaxAccountDelay, forgive: false);
        if (Interlocked.Increment(ref recorded) % PruneEvery == 0) Prune(now);
    }

    private Decision Take(Counter client, Counter? account, DateTimeOffset now, string clientKey, string? accountKey)
    {
        var wait = Max(WaitFor(client, now, settings.FreeFailuresPerClient),
            account is null ? TimeSpan.Zero : WaitFor(account, now, settings.FreeFailuresPerAccount));
        if (wait > TimeSpan.Zero) return new Decision(wait);
        client.InFlight++;
        if (account is not null) account.InFlight++;
        return new Decision(TimeSpan.Zero, clientKey, accountKey);
    }

    /// <summary>Free attempts may run side by side up to the free allowance; once delays begin, one at a time, so a
    /// burst of parallel requests gets no more guesses than a patient caller.</summary>
    private TimeSpan WaitFor(Counter counter, DateTimeOffset now, int free)
    {
        if (counter.Failures > 0 && counter.InFlight == 0 && now - counter.LastFailure >= settings.Memory)
            (counter.Failures, counter.NextAllowed) = (0, DateTimeOffset.MinValue);
        if (counter.NextAllowed > now) return counter.NextAllowed - now;
        return counter.InFlight > 0 && counter.Failures + counter.InFlight >= free ? Busy : TimeSpan.Zero;
    }

    private void End(Counter counter, bool succeeded, DateTimeOffset now, int free, TimeSpan cap, bool forgive)
    {
        counter.InFlight = Math.Max(0, counter.InFlight - 1);
        if (forgive) (counter.Failures, counter.NextAllowed) = (0, DateTimeOffset.MinValue);
        if (succeeded) return;
        counter.Failures++;
        counter.LastFailure = now;
        counter.NextAllowed = now + DelayAfter(counter.Failures, free, settings.FirstDelay, cap);
    }

    /// <summary>The wait after the n-th failure: none before the last free one, then the first delay (1 s), 2, 4 … up to the cap.</summary>
    public static TimeSpan DelayAfter(int failures, int free, TimeSpan first, TimeSpan cap)
    {
        if (failures < free) return TimeSpan.Zero;
        var exponent = Math.Min(failures - free, 30);
        var wait = first * (1L << exponent);
        return wait < cap ? wait : cap;
    }

    /// <summary>Drops counters quiet for longer than the memory, so a spray of made-up e-mails does not grow the maps for good.</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var map in new[] { clients, accounts })
            foreach (var (key, counter) in map)
                if (counter.InFlight == 0 && now - counter.LastFailure >= settings.Memory && now >= counter.NextAllowed)
                    map.TryRemove(key, out _);
    }

    public static string Normalise(string account) => account.Trim().ToUpperInvariant();

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
