using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Obligations;

/// <summary>The kinds of record a duty is about. The names are what the SubjectType column has always held.</summary>
public enum ObligationSubjectType
{
    Appeal = 1,
    Incident = 2,
    Complaint = 3,
    SecurityReturn = 4,
}

/// <summary>What a duty is about: an appeal, an incident, a Working Group complaint or a supplier's security return.</summary>
public readonly record struct ObligationSubject(ObligationSubjectType Type, Guid Id)
{
    public static ObligationSubject Appeal(Guid id) => new(ObligationSubjectType.Appeal, id);

    public static ObligationSubject Incident(Guid id) => new(ObligationSubjectType.Incident, id);

    public static ObligationSubject Complaint(Guid id) => new(ObligationSubjectType.Complaint, id);

    public static ObligationSubject SecurityReturn(Guid id) => new(ObligationSubjectType.SecurityReturn, id);

    /// <summary>The stored SubjectType of a kind of subject.</summary>
    public static string Stored(ObligationSubjectType type) => type.ToString();

    public string StoredType => Stored(Type);

    public string StoredId => Id.ToString();
}

/// <summary>The one way duties are planned, met and waived for a subject, inside the caller's transaction (nothing here
/// saves), and the queries that find a subject's duties.</summary>
public static class ObligationJournal
{
    /// <summary>Adds the planned duties of <paramref name="happened"/> for the subject to <paramref name="db"/>, not saved.</summary>
    public static IReadOnlyList<ObligationRecord> Plan(
        AppDbContext db, ObligationSubject subject, ObligationEvent happened, IEnumerable<PlannedObligation> plans)
    {
        List<ObligationRecord> added = [.. plans.Select(plan => new ObligationRecord
        {
            SubjectType = subject.StoredType, SubjectId = subject.StoredId, Trigger = happened.Trigger,
            TriggerSeverity = happened.Severity, TriggerChannel = happened.Channel,
        }.Apply(plan))];
        db.Obligations.AddRange(added);
        return added;
    }

    /// <summary>Meets the subject's open duties of <paramref name="code"/>, those saved and those only added to
    /// <paramref name="db"/> so far.</summary>
    public static async Task MeetAsync(AppDbContext db, ObligationSubject subject, string code, DateTime atUtc, string? by, string? note, CancellationToken ct)
    {
        var saved = await db.Obligations.Of(subject).Open().Where(o => o.Code == code).ToListAsync(ct);
        var (type, id) = (subject.StoredType, subject.StoredId);
        var added = db.ChangeTracker.Entries<ObligationRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)
            .Where(o => o.SubjectType == type && o.SubjectId == id && o.Code == code && o.IsOpen);
        foreach (var duty in saved.Union(added)) duty.Meet(atUtc, by, note);
    }

    /// <summary>Waives the subject's open duties that <paramref name="which"/> picks.</summary>
    public static async Task WaiveAsync(
        AppDbContext db, ObligationSubject subject, Func<ObligationRecord, bool> which, string reason, string by, CancellationToken ct)
    {
        foreach (var duty in (await db.Obligations.Of(subject).Open().ToListAsync(ct)).Where(which))
            duty.Waive(reason, by);
    }

    public static IQueryable<ObligationRecord> Of(this IQueryable<ObligationRecord> duties, ObligationSubject subject)
    {
        var (type, id) = (subject.StoredType, subject.StoredId);
        return duties.Where(o => o.SubjectType == type && o.SubjectId == id);
    }

    public static IQueryable<ObligationRecord> OfType(this IQueryable<ObligationRecord> duties, ObligationSubjectType type)
    {
        var stored = ObligationSubject.Stored(type);
        return duties.Where(o => o.SubjectType == stored);
    }

    /// <summary>Neither met nor waived.</summary>
    public static IQueryable<ObligationRecord> Open(this IQueryable<ObligationRecord> duties) => duties.Where(o => o.MetAtUtc == null && !o.Waived);
}
