using System.Security.Claims;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Resources;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace GosZakup.Console.Web.Features.Complaints;

/// <summary>R2 §30-§31: a Supervisor or Manager registers the Working Group head's letter with its file, which starts the
/// 2-working-day answer duty; a Supervisor answers it (priority, causes, confirmation, fix dates), which meets the duty.
/// Each step is one transaction, with a timeline entry on the incident the complaint concerns.</summary>
public sealed class ComplaintCommands(IDbContextFactory<AppDbContext> dbFactory, CalendarStore calendars, ObligationSettings settings,
    ComplaintValidator validator, AttachmentFolder folder, IncidentNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public static readonly string SubjectType = ObligationSubject.Stored(ObligationSubjectType.Complaint);

    /// <param name="fileName">The letter's file as uploaded; <paramref name="content"/> null when none was chosen.</param>
    public async Task<CommandResult<Guid>> RegisterAsync(ComplaintForm form, string? fileName, Stream? content, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        if (!ComplaintLifecycle.MayRegister(user.StaffRoles())) return CommandResult<Guid>.Refused(RefusalCode.RoleNotAllowed, "Complaints.Error.RegisterRole");
        var errors = validator.Validate(form);
        if (content is null || string.IsNullOrWhiteSpace(fileName)) errors["File"] = new("Complaints.Error.FileRequired");
        if (errors.Count > 0) return CommandResult<Guid>.Invalid(errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var head = await db.Set<WorkingGroupMemberRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == form.FromMemberId && m.IsHead && m.Active, ct);
        if (head is null) return Invalid(nameof(form.FromMemberId), "Complaints.Error.HeadRequired");
        IncidentRecord? incident = null;
        if (!string.IsNullOrWhiteSpace(form.IncidentNumber))
        {
            var number = form.IncidentNumber.Trim().ToUpperInvariant();
            incident = await db.Set<IncidentRecord>().AsNoTracking().SingleOrDefaultAsync(i => i.Number == number, ct);
            if (incident is null) return Invalid(nameof(form.IncidentNumber), "Complaints.Error.IncidentNotFound", number);
        }

        using var file = await folder.ReceiveAsync(fileName!, content!, ct);
        if (file.Fault is { } refused) return CommandResult<Guid>.Invalid(new Dictionary<string, ResourceText> { ["File"] = refused });
        file.Keep();

        var now = clock.GetUtcNow().UtcDateTime;
        var received = AstanaTime.FromWallClock(form.ReceivedAt!.Value);
        var complaint = new WorkingGroupComplaintRecord
        {
            ReceivedAtUtc = received, LetterNumber = form.LetterNumber.Trim(), LetterDate = DateOnly.FromDateTime(form.LetterDate!.Value),
            FromMemberId = head.Id, FromName = head.FullName, FromPosition = head.Position, Subject = form.Subject.Trim(), Summary = form.Summary.Trim(),
            FileName = file.FileName, ContentType = file.ContentType!, SizeBytes = file.SizeBytes, Sha256 = file.Sha256,
            IncidentId = incident?.Id, IncidentNumber = incident?.Number, RegisteredAtUtc = now, RegisteredByName = Name(user),
        };
        complaint.AnswerDueAtUtc = await PlanAsync(db, complaint.Id, received, ct) ?? received;
        db.Add(complaint);
        if (incident is not null)
            db.Add(Timeline.ComplaintReceived(complaint.LetterNumber, complaint.Subject).For(incident.Id, now, user));
        await db.SaveChangesAsync(ct);
        if (incident is not null) notifier.Changed(incident.Id);
        return CommandResult<Guid>.Ok(complaint.Id);
    }

    /// <summary>A Supervisor's answer; the duty is met at the moment the answer is recorded.</summary>
    public async Task<CommandResult<Guid>> AnswerAsync(Guid id, Guid version, ComplaintAnswerForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var roles = user.StaffRoles();
        if (!ComplaintLifecycle.MayTake(ComplaintAction.Answer, roles))
            return CommandResult<Guid>.Refused(RefusalCode.RoleNotAllowed, "Complaints.Error.AnswerRole");
        if (validator.Validate(form) is { Count: > 0 } errors) return CommandResult<Guid>.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var complaint = await db.Set<WorkingGroupComplaintRecord>().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (complaint is null) return CommandResult<Guid>.Refused(RefusalCode.NotFound, "Complaints.Error.NotFound");
        if (complaint.Version != version) return CommandResult<Guid>.Refused(RefusalCode.Stale, "Complaints.Error.Changed");
        if (!ComplaintLifecycle.Check(complaint.State, ComplaintAction.Answer, roles).IsAllowed)
            return CommandResult<Guid>.Refused(RefusalCode.AlreadyDone, "Complaints.Error.AlreadyAnswered");

        var now = clock.GetUtcNow().UtcDateTime;
        var confirmed = form.Confirmed!.Value;
        complaint.Answer(form.Priority, form.Causes.Trim(), confirmed, form.FixStartAt is { } start ? AstanaTime.FromWallClock(start) : null,
            confirmed ? AstanaTime.FromWallClock(form.FixBy!.Value) : null, now, Name(user));
        foreach (var duty in await db.Obligations.Of(ObligationSubject.Complaint(complaint.Id)).Open().ToListAsync(ct))
            duty.Meet(now, Name(user), l["Complaints.Met"].Value);
        if (complaint.IncidentId is { } incidentId)
            db.Add(Timeline.ComplaintAnswered(complaint.LetterNumber, form.Priority!.Value, confirmed).For(incidentId, now, user));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<Guid>.Refused(RefusalCode.Stale, "Complaints.Error.Changed");
        }
        if (complaint.IncidentId is { } changed) notifier.Changed(changed);
        return CommandResult<Guid>.Ok(complaint.Id);
    }

    /// <summary>R2 §31: the answer within 2 working days of the letter's receipt; returns the legal limit.</summary>
    private async Task<DateTime?> PlanAsync(AppDbContext db, Guid complaintId, DateTime receivedAtUtc, CancellationToken ct)
    {
        var happened = new ObligationEvent(ObligationTrigger.ComplaintReceived, Instant.FromDateTimeUtc(DateTime.SpecifyKind(receivedAtUtc, DateTimeKind.Utc)));
        var calendar = await calendars.AllAsync(ct);
        return ObligationJournal.Plan(db, ObligationSubject.Complaint(complaintId), happened, ObligationPlanner.Plan(happened, calendar, settings))
            .Select(d => d.DueAtUtc).FirstOrDefault(d => d is not null);
    }

    private static CommandResult<Guid> Invalid(string field, string key, params object[] args) => CommandResult<Guid>.Invalid(field, key, args);

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
