using GosZakup.Console.Web.Features.Account;
using Microsoft.Extensions.Time.Testing;

namespace GosZakup.Console.IntegrationTests.Security;

/// <summary>The throttle's arithmetic on a pinned clock, with the shipped settings: 5 free failures per client address,
/// 10 per account, then 1, 2, 4 … s, capped at 15 min per client and 1 min per account, forgotten after a quiet hour.</summary>
public class SignInThrottleRulesTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly SignInThrottle throttle;

    public SignInThrottleRulesTests() => throttle = new SignInThrottle(SignInThrottle.Settings.Default, clock);

    private SignInThrottle.Decision Fail(string client, string account = "someone@test.kz", bool knownDevice = false)
    {
        var attempt = throttle.Begin(client, account, knownDevice);
        if (attempt.Allowed) throttle.Finish(attempt, succeeded: false);
        return attempt;
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(7, 4)]
    [InlineData(14, 512)]
    [InlineData(15, 900)] // capped at 15 minutes
    [InlineData(40, 900)]
    public void After_the_free_failures_a_client_waits_twice_as_long_each_time(int failures, int seconds)
    {
        var settings = SignInThrottle.Settings.Default;

        Assert.Equal(TimeSpan.FromSeconds(seconds),
            SignInThrottle.DelayAfter(failures, settings.FreeFailuresPerClient, settings.FirstDelay, settings.MaxClientDelay));
    }

    [Fact]
    public void The_sixth_attempt_within_a_second_is_told_to_wait_and_may_go_after_it()
    {
        for (var i = 0; i < 5; i++) Assert.True(Fail("10.0.0.1", $"user{i}@test.kz").Allowed);

        var early = throttle.Begin("10.0.0.1", "other@test.kz", knownDevice: false);
        clock.Advance(TimeSpan.FromSeconds(1));
        var onTime = throttle.Begin("10.0.0.1", "other@test.kz", knownDevice: false);

        Assert.False(early.Allowed);
        Assert.Equal(1, early.WaitSeconds);
        Assert.True(onTime.Allowed);
    }

    [Fact]
    public void An_account_is_slowed_at_most_a_minute_whatever_the_number_of_addresses_guessing()
    {
        for (var i = 0; i < 40; i++)
        {
            Assert.True(Fail($"10.1.0.{i}", "admin@test.kz").Allowed); // a minute after the last failure, never locked
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        Fail("10.1.1.1", "admin@test.kz");

        var fromNewBrowser = throttle.Begin("10.2.0.1", "admin@test.kz", knownDevice: false);
        var fromOwnBrowser = throttle.Begin("10.2.0.2", "admin@test.kz", knownDevice: true);

        Assert.Equal(60, fromNewBrowser.WaitSeconds);
        Assert.True(fromOwnBrowser.Allowed);
    }

    [Fact]
    public void A_success_forgives_the_clients_failures()
    {
        for (var i = 0; i < 4; i++) Fail("10.0.0.3", "admin@test.kz");
        var success = throttle.Begin("10.0.0.3", "admin@test.kz", knownDevice: false);
        throttle.Finish(success, succeeded: true);

        for (var i = 0; i < 4; i++) Assert.True(Fail("10.0.0.3", $"user{i}@test.kz").Allowed);
    }

    [Fact]
    public void Failures_are_forgotten_after_a_quiet_hour()
    {
        for (var i = 0; i < 5; i++) Fail("10.0.0.4", $"user{i}@test.kz");

        clock.Advance(TimeSpan.FromHours(1));
        Fail("10.0.0.4", "another@test.kz");

        Assert.True(throttle.Begin("10.0.0.4", "yet.another@test.kz", knownDevice: false).Allowed); // the sixth failure would have meant 2 s

    }

    [Fact]
    public void Parallel_attempts_beyond_the_free_allowance_wait_for_those_in_flight()
    {
        var inFlight = Enumerable.Range(0, 8).Select(i => throttle.Begin("10.0.0.5", $"user{i}@test.kz", knownDevice: false)).ToList();

        Assert.Equal(5, inFlight.Count(a => a.Allowed));
    }

    [Fact]
    public void An_e_mail_is_counted_the_same_whatever_its_case_and_outer_spaces()
    {
        for (var i = 0; i < 10; i++)
        {
            Fail($"10.3.0.{i}", i % 2 == 0 ? "Admin@Test.kz" : " admin@test.kz ");
        }

        Assert.False(throttle.Begin("10.3.1.1", "ADMIN@TEST.KZ", knownDevice: false).Allowed);
    }
}
