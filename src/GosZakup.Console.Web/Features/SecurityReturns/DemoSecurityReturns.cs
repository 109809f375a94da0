using System.Security.Claims;
using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Procurements;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.SecurityReturns;

/// <summary>Development only: the securities of a signed, published demo Act in different states — the first returned by
/// the organiser, the second (operator-related Acts only) credited to the budget with its F3 letter registered and the
/// refund's timer running, the rest still awaiting the organiser. Rerunning changes nothing.</summary>
public static class DemoSecurityReturns
{
    private static readonly ClaimsPrincipal Supervisor = Hosting.DemoData.Person("supervisor@demo.kz", StaffRole.Supervisor);

    public static async Task SeedAsync(IServiceProvider sp, string actNumber, CancellationToken ct)
    {
        await using var scope = sp.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dbFactory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var act = await db.Set<ActRecord>().Include(a => a.Suppliers).SingleOrDefaultAsync(a => a.Number == actNumber, ct);
        if (act is not { State: ActState.Signed, PublishedAtUtc: { } published }) return;
        if (!await db.Set<SecurityReturnRecord>().AnyAsync(r => r.ActId == act.Id, ct))
        {
            await services.GetRequiredService<SecurityReturnTracking>().StartAsync(db, act, published, ct);
            await db.SaveChangesAsync(ct);
        }

        var rows = await db.Set<SecurityReturnRecord>().AsNoTracking().Where(r => r.ActId == act.Id)
            .OrderBy(r => r.ProcurementNumber).ThenBy(r => r.SupplierName).ToListAsync(ct);
        var commands = services.GetRequiredService<SecurityReturnCommands>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var at = AstanaTime.ToWallClock(now < published ? published : now);
        at = at.AddSeconds(-at.Second).AddMilliseconds(-at.Millisecond);

        if (rows.ElementAtOrDefault(0) is { State: SecurityReturnState.AwaitingOrganiser } first)
            Ensure(await commands.ConfirmReturnAsync(first.Id, first.Version, new ReturnForm { ReturnedAt = at, Note = "Платёжное поручение № 4471" },
                Supervisor, ct));
        if (!act.IsOperatorRelated || rows.ElementAtOrDefault(1) is not { State: SecurityReturnState.AwaitingOrganiser } second) return;

        Ensure(await commands.RecordCreditAsync(second.Id, second.Version, new CreditForm { CreditedAt = at, CreditedTo = SecurityCreditedTo.RepublicanBudget },
            Supervisor, ct));
        var organiser = await db.Set<ProcurementRecord>().AsNoTracking().Where(p => p.AnnouncementNumber == second.ProcurementNumber)
            .Select(p => new { p.OrganiserName, p.OrganiserBin, p.CustomerName }).FirstOrDefaultAsync(ct);
        var version = await db.Set<SecurityReturnRecord>().AsNoTracking().Where(r => r.Id == second.Id).Select(r => r.Version).SingleAsync(ct);
        Ensure(await commands.RegisterLetterAsync(second.Id, version, new LetterForm
        {
            ReceivedAt = at, Reference = "№ 01-12/3345",
            OrganiserName = organiser?.OrganiserName is { Length: > 0 } name ? name : "ГУ «Управление государственных закупок города Астаны»",
            OrganiserBin = organiser?.OrganiserBin is { Length: 12 } bin ? bin : "140340016539",
            CustomerHeadName = "Сәрсенбаева Гүлнұр Жұмабекқызы",
            Beneficiary = second.SupplierName, BeneficiaryBin = second.SupplierTaxpayerNumber, BeneficiaryBank = "АО «Народный Банк Казахстана»",
            Iik = "KZ926010111000012345", Bic = "HSBKKZKX",
        }, Supervisor, ct));
    }

    private static void Ensure(Commands.CommandResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Demo security return: {result.Refusal} {string.Join("; ", result.FieldErrors.Keys)}");
    }
}
