using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Reports;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Acts.Signing;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>Development only: this quarter's report so far, built and signed by the demo Manager (the operator's head),
/// so the Working Group has a signed report to download.</summary>
public static class DemoQuarterlyReport
{
    public static async Task SeedAsync(IServiceProvider services, string usersFile, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Set<QuarterlyReportRecord>().AnyAsync(ct)) return;
        var manager = Hosting.DemoData.Person("manager@demo.kz", StaffRole.Manager);
        var quarter = Quarter.Containing(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var requested = await services.GetRequiredService<QuarterlyReportCommands>().RequestAsync(quarter, manager, ct);
        if (!requested.Succeeded) throw new InvalidOperationException($"Demo quarterly report: {requested.Refusal}");
        var id = Guid.Parse(requested.Value!);
        await services.GetRequiredService<LongJobs.LongJobRunner>().RunAsync(id, ct);

        var certificate = DemoActs.IssueCertificates(services, usersFile)?.People.FirstOrDefault(p => p.Email == "manager@demo.kz");
        if (certificate is null) return;
        var built = await db.Set<QuarterlyReportRecord>().AsNoTracking().SingleAsync(r => r.Id == id, ct);
        var position = QuarterlyReportForm.Head;
        var signature = new ActSignature(await File.ReadAllBytesAsync(certificate.Pkcs12Path, ct), certificate.Password, position.Kazakh, position.Russian);
        var signed = await services.GetRequiredService<QuarterlyReportCommands>().SignAsync(id, built.Version, signature, manager, ct);
        if (!signed.Succeeded) throw new InvalidOperationException($"Demo quarterly report: {signed.Refusal} {string.Join("; ", signed.FieldErrors.Keys)}");
    }
}
