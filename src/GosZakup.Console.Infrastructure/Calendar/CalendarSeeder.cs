using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GosZakup.Console.Infrastructure.Calendar;

/// <summary>Loads <c>assets/calendars/kz-YYYY.json</c> at start in every environment (the calendar is legal
/// data, not demo data). Only dates the database does not hold yet are added: an Admin's edit is never
/// overwritten by a later start.</summary>
public sealed class CalendarSeeder(AppDbContext db, ILogger<CalendarSeeder> log)
{
    public async Task SeedAsync(string folder, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
        {
            log.LogWarning("No calendar folder at {Folder}: only the week pattern applies", folder);
            return;
        }
        var known = (await db.CalendarOverrides.Select(o => o.Date).ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "contact-centre"), "kz-*.json").Order())
        {
            foreach (var entry in CalendarFile.Parse(await File.ReadAllTextAsync(file, ct)))
            {
                if (!known.Add(entry.Date.ToDateOnly())) continue;
                db.CalendarOverrides.Add(CalendarOverrideRecord.From(entry));
                added++;
            }
        }
        if (added > 0) await db.SaveChangesAsync(ct);
        log.LogInformation("Calendar seeded from {Folder}: {Added} new dated exceptions", folder, added);
    }
}
