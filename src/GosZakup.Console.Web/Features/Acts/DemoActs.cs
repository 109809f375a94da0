using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Features.Acts.Publication;
using GosZakup.Console.Web.Features.Acts.Signing;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Acts;

/// <summary>Development only: the demo certification authority with a certificate for each demo Supervisor and the Manager, then two
/// Acts: the high failure's, signed with the demo certificate and published, its suppliers' security being returned, and the medium
/// failure's, awaiting signature.</summary>
public static class DemoActs
{
    private const string DemoBaseUrl = "http://localhost:5080";

    /// <summary>The demo CA and the PKCS#12 files of the Supervisors (Acts) and the Manager (the quarterly report)
    /// (password <see cref="DemoCertificateAuthority.DemoPassword"/>).</summary>
    public static DemoCertificates? IssueCertificates(IServiceProvider services, string usersFile)
    {
        var trust = services.GetRequiredService<SignatureTrust>();
        if (!trust.DemoAuthority) return null;
        var people = DemoUsers.Read(usersFile).Users
            .Where(u => (u.Roles.Contains(StaffRole.Supervisor) || u.Roles.Contains(StaffRole.Manager)) && u.Iin is { Length: 12 })
            .Select(u => new DemoPerson(u.FullName, u.Email, u.Iin!));
        var issued = new DemoCertificateAuthority(trust.DemoFolder, services.GetRequiredService<TimeProvider>()).EnsureIssued(people);
        trust.Forget();
        return issued;
    }

    public static async Task SeedAsync(IServiceProvider services, DemoCertificates? certificates, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Set<ActRecord>().AnyAsync(ct)) return;
        var drafting = services.GetRequiredService<ActDrafting>();
        var incidents = await db.Set<IncidentRecord>().AsNoTracking()
            .Where(i => i.CauseCode != null && (i.Severity == Severity.High || i.Severity == Severity.Medium))
            .OrderBy(i => i.Severity == Severity.High ? 0 : 1).Select(i => new { i.Id, i.Severity }).ToListAsync(ct);
        foreach (var incident in incidents)
        {
            var drafted = await drafting.DraftFromIncidentAsync(incident.Id, Hosting.DemoData.Person("operator@demo.kz", StaffRole.Operator), ct);
            var act = await db.Set<ActRecord>().AsNoTracking().Include(a => a.Suppliers).SingleAsync(a => a.Number == drafted.Value, ct);
            Ensure(await drafting.SubmitAsync(act.Id, act.Version, ActDrafting.FormOf(act), Hosting.DemoData.Person("operator@demo.kz", StaffRole.Operator),
                ct), act.Number);
            if (incident.Severity != Severity.High
                || certificates?.People.FirstOrDefault(p => p.Email == "supervisor@demo.kz") is not { } certificate) continue;

            var supervisor = Hosting.DemoData.Person("supervisor@demo.kz", StaffRole.Supervisor);
            var submitted = await db.Set<ActRecord>().AsNoTracking().SingleAsync(a => a.Id == act.Id, ct);
            var signature = new ActSignature(await File.ReadAllBytesAsync(certificate.Pkcs12Path, ct), certificate.Password);
            Ensure(await services.GetRequiredService<ActSigning>().SignAsync(act.Id, submitted.Version, signature, supervisor, DemoBaseUrl, ct), act.Number);
            var signed = await db.Set<ActRecord>().AsNoTracking().SingleAsync(a => a.Id == act.Id, ct);
            Ensure(await services.GetRequiredService<ActPublishing>().PublishAsync(act.Id, signed.Version, supervisor, DemoBaseUrl, ct), act.Number);
            await SecurityReturns.DemoSecurityReturns.SeedAsync(services, act.Number, ct);
        }
    }

    private static void Ensure(Commands.CommandResult result, string? number)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Demo Act {number}: {result.Refusal} {string.Join("; ", result.FieldErrors.Keys)}");
    }
}
