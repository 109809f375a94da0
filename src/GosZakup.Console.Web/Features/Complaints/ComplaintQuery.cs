using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Complaints;

/// <summary>A complaint with its answer duty (for the timer); the duty is null only for data older than the duty.</summary>
public sealed record ComplaintView(WorkingGroupComplaintRecord Complaint, ObligationRecord? Duty);

/// <summary>A head of the Working Group who may send a complaint letter (R2 §30).</summary>
public sealed record ComplaintSender(Guid Id, string FullName, string? Position);

public sealed class ComplaintQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Awaiting an answer first (soonest due first), then the answered ones, newest first.</summary>
    public async Task<IReadOnlyList<ComplaintView>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var complaints = await db.Set<WorkingGroupComplaintRecord>().AsNoTracking().ToListAsync(ct);
        var duties = await DutiesAsync(db, complaints.Select(c => c.Id.ToString()).ToList(), ct);
        return [.. complaints
            .OrderBy(c => c.State).ThenBy(c => c.State == ComplaintState.Received ? c.AnswerDueAtUtc.Ticks : -c.ReceivedAtUtc.Ticks)
            .Select(c => new ComplaintView(c, duties.GetValueOrDefault(c.Id.ToString())))];
    }

    public async Task<ComplaintView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var complaint = await db.Set<WorkingGroupComplaintRecord>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (complaint is null) return null;
        var duties = await DutiesAsync(db, [id.ToString()], ct);
        return new ComplaintView(complaint, duties.GetValueOrDefault(id.ToString()));
    }

    public async Task<IReadOnlyList<ComplaintSender>> HeadsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<WorkingGroupMemberRecord>().AsNoTracking().Where(m => m.IsHead && m.Active)
            .OrderBy(m => m.FullName).Select(m => new ComplaintSender(m.Id, m.FullName, m.Position)).ToListAsync(ct);
    }

    private static async Task<Dictionary<string, ObligationRecord>> DutiesAsync(AppDbContext db, List<string> ids, CancellationToken ct) =>
        (await db.Obligations.AsNoTracking().OfType(ObligationSubjectType.Complaint).Where(o => ids.Contains(o.SubjectId)).ToListAsync(ct))
        .GroupBy(o => o.SubjectId).ToDictionary(g => g.Key, g => g.First());
}
