using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GosZakup.Console.Infrastructure.Calendar;

/// <summary>Loads <c>assets/calendars/{contact-centre,state}/kz-YYYY.json</c> at start in every environment (the
/// calendars are legal data, not demo data). Only dates a calendar does not hold yet are added: an Admin's edit is
/// never overwritten by a later start.</summary>
public sealed class CalendarSeeder(AppDbContext db, ILogger<CalendarSeeder> log)
{
    public async Task SeedAsync(string folder, CancellationToken ct = default)
    {
        foreach (var calendar in CalendarNames.All)
            await SeedAsync(calendar, Path.Combine(folder, calendar.Code()), ct);
    }

    private async Task SeedAsync(CalendarName calendar, string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            log.LogWarning("No calendar folder at {Folder}: only the {Calendar} week pattern applies", folder, calendar.Code());
            return;
        }
        var known = (await db.CalendarOverrides.Where(o => o.Calendar == calendar).Select(o => o.Date).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var file in Directory.GetFiles(folder, "kz-*.json").Order())
        {
            foreach (var entry in CalendarFile.Parse(await File.ReadAllTextAsync(file, ct)))
            {
                if (!known.Add(entry.Date.ToDateOnly())) continue;
                db.CalendarOverrides.Add(CalendarOverrideRecord.From(calendar, entry));
                added++;
            }
        }
        if (added > 0) await db.SaveChangesAsync(ct);
        log.LogInformation("Calendar {Calendar} seeded from {Folder}: {Added} new dated exceptions", calendar.Code(), folder, added);
    }
}
