using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using NodaTime;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>What a new appeal will be stored with: its channel, when it was received, and the R2 §7 limit that
/// gives; with the reasons (resource keys and their arguments) why the operator should look again before saving.</summary>
public sealed record AppealSummary(AppealChannel Channel, DateTime ReceivedAtUtc, DateTime? DueAtUtc, DateTime? TargetAtUtc,
    IReadOnlyList<ReviewReason> Reasons)
{
    public bool NeedsConfirmation => Reasons.Count > 0;
}

/// <summary>A resource key and its arguments; an <see cref="AppealChannel"/> argument is shown in words.</summary>
public sealed record ReviewReason(string Key, params object[] Arguments);

/// <summary>A wrong channel or a mistyped received time changes the R2 §7 clock without a word (issue 16 §1: an
/// e-mail stored as a phone call, "received" at 01:28 instead of 11:08). Before saving, the dialog asks the operator
/// to confirm what will be stored when the time is more than an hour from now, outside the contact centre's working
/// hours, or the channel is not the one this operator used last.</summary>
public sealed class AppealReview(CalendarStore calendars, ObligationSettings settings, TimeProvider clock)
{
    public static readonly Duration Drift = Duration.FromHours(1);

    public async Task<AppealSummary> ReviewAsync(AppealForm form, AppealChannel? lastChannel, CancellationToken ct = default)
    {
        var received = Instant.FromDateTimeUtc(AstanaTime.FromWallClock(form.ReceivedAt!.Value));
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var calendar = await calendars.AllAsync(ct);
        var register = AppealIntake.ClocksOf(form, calendar, settings).Single(p => p.Code == ObligationCatalogue.Register.Code);

        var reasons = new List<ReviewReason>();
        var drift = received - now;
        if (drift > Drift) reasons.Add(new("Review.InFuture", (int)drift.TotalHours, drift.Minutes));
        if (-drift > Drift) reasons.Add(new("Review.LongAgo", (int)(-drift).TotalHours, (-drift).Minutes));
        if (!calendar.ContactCentre.IsOpen(received)) reasons.Add(new("Review.OutsideHours"));
        if (lastChannel is { } last && last != form.Channel) reasons.Add(new("Review.OtherChannel", last));
        return new AppealSummary(form.Channel, received.ToDateTimeUtc(), register.DueAt?.ToDateTimeUtc(), register.TargetAt?.ToDateTimeUtc(), reasons);
    }
}
