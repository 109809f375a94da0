using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Inbox;

/// <summary>The alert an appeal came from: Alertmanager's fingerprint (a hash of the alert's labels, so one rule on
/// one target) and the start of this firing.</summary>
public sealed record AlertOrigin(string Fingerprint, DateTime StartsAtUtc);

public enum AlertJoin
{
    /// <summary>No open appeal has this alert: open one.</summary>
    None,

    /// <summary>A new firing of the alert joined its open appeal and was counted.</summary>
    Joined,

    /// <summary>The firing the open appeal already has was sent again (Alertmanager repeats, or a retried batch).</summary>
    Repeated,
}

/// <summary>A monitoring storm: while an appeal opened by an alert is open (not registered, or its incident not
/// yet fixed, refuted or closed), every further firing of that alert joins it, counted, with the time it last
/// arrived, instead of filling the Inbox with copies. A firing is counted once, whatever the retries.</summary>
public sealed class MonitoringStorm(IDbContextFactory<AppDbContext> dbFactory, InboxNotifier inbox)
{
    private static readonly IncidentStatus[] Settled = [IncidentStatus.Fixed, IncidentStatus.Refuted, IncidentStatus.Closed];

    public async Task<(AlertJoin Join, Guid? AppealId)> JoinAsync(AlertOrigin alert, DateTime nowUtc, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var appeal = await db.Set<AppealRecord>()
            .Where(a => a.AlertFingerprint == alert.Fingerprint)
            .Where(a => a.RegisteredAtUtc == null || (a.Incident != null && !Settled.Contains(a.Incident.Status)))
            .OrderByDescending(a => a.ReceivedAtUtc).FirstOrDefaultAsync(ct);
        if (appeal is null) return (AlertJoin.None, null);

        var join = appeal.AlertLastStartsAtUtc is { } last && alert.StartsAtUtc <= last ? AlertJoin.Repeated : AlertJoin.Joined;
        if (join == AlertJoin.Joined) (appeal.AlertRepeats, appeal.AlertLastStartsAtUtc) = (appeal.AlertRepeats + 1, alert.StartsAtUtc);
        appeal.AlertLastSeenAtUtc = nowUtc;
        await db.SaveChangesAsync(ct);
        if (join == AlertJoin.Joined) inbox.Changed();
        return (join, appeal.Id);
    }
}
