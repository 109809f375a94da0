using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.SecurityReturns;

/// <summary>R2 §18: once an Act is published, each of its suppliers who lodged a security is owed it back by the
/// organiser within 3 working days. Also plans the later duties (R2 §19-§20) for the commands.</summary>
public sealed class SecurityReturnTracking(CalendarStore calendars, ObligationSettings settings)
{
    public static readonly string SubjectType = ObligationSubject.Stored(ObligationSubjectType.SecurityReturn);

    /// <summary>Adds one row per supplier with a security and its §18 duty to <paramref name="db"/> WITHOUT saving, so the
    /// caller saves them with the publication in its own transaction. Does nothing for an Act already tracked.</summary>
    public async Task<IReadOnlyList<SecurityReturnRecord>> StartAsync(AppDbContext db, ActRecord act, DateTime publishedAtUtc, CancellationToken ct)
    {
        var rows = db.Set<SecurityReturnRecord>();
        if (rows.Local.Any(r => r.ActId == act.Id) || await rows.AnyAsync(r => r.ActId == act.Id, ct)) return [];
        var suppliers = act.Suppliers.Count > 0 ? act.Suppliers
            : await db.Set<ActSupplierRecord>().Where(s => s.ActId == act.Id).ToListAsync(ct);
        var started = new List<SecurityReturnRecord>();
        foreach (var supplier in suppliers.Where(s => s.SecurityAmount > 0).OrderBy(s => s.ProcurementNumber).ThenBy(s => s.Name))
        {
            var row = new SecurityReturnRecord
            {
                ActId = act.Id, ActSupplierId = supplier.Id, SupplierName = supplier.Name, SupplierTaxpayerNumber = supplier.TaxpayerNumber,
                ProcurementNumber = supplier.ProcurementNumber, LotNumber = supplier.LotNumber, Amount = supplier.SecurityAmount!.Value,
                CreatedAtUtc = publishedAtUtc,
            };
            row.ReturnDueAtUtc = await PlanAsync(db, row.Id, ObligationTrigger.ActPublished, publishedAtUtc, ct) ?? publishedAtUtc;
            rows.Add(row);
            started.Add(row);
        }
        return started;
    }

    /// <summary>Adds the duties <paramref name="trigger"/> starts for one row; returns the legal limit.</summary>
    public async Task<DateTime?> PlanAsync(AppDbContext db, Guid rowId, ObligationTrigger trigger, DateTime atUtc, CancellationToken ct)
    {
        var happened = new ObligationEvent(trigger, Instant.FromDateTimeUtc(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc)));
        var calendar = await calendars.AllAsync(ct);
        return ObligationJournal.Plan(db, ObligationSubject.SecurityReturn(rowId), happened, ObligationPlanner.Plan(happened, calendar, settings))
            .Select(d => d.DueAtUtc).FirstOrDefault(d => d is not null);
    }

    /// <summary>Marks the row's open duty <paramref name="code"/> fulfilled at the instant the step happened.</summary>
    public static Task MeetAsync(AppDbContext db, Guid rowId, string code, DateTime atUtc, string by, string note, CancellationToken ct) =>
        ObligationJournal.MeetAsync(db, ObligationSubject.SecurityReturn(rowId), code, atUtc, by, note, ct);

    /// <summary>The organiser cannot return a security already credited to the budget (R2 §19 takes over).</summary>
    public static Task WaiveAsync(AppDbContext db, Guid rowId, string code, string reason, string by, CancellationToken ct) =>
        ObligationJournal.WaiveAsync(db, ObligationSubject.SecurityReturn(rowId), duty => duty.Code == code, reason, by, ct);
}
