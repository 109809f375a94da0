using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using Microsoft.Extensions.Logging;

namespace GosZakup.Console.Infrastructure.Jobs;

/// <summary>Nightly: walks the audit chain and logs an error naming the first broken row. Read-only, so
/// running it twice is harmless.</summary>
public sealed class VerifyAuditChainJob(AppDbContext db, ILogger<VerifyAuditChainJob> log)
{
    public const string RecurringId = "audit-chain-verify";

    public async Task<AuditChainReport> RunAsync(CancellationToken ct)
    {
        var report = await AuditChain.VerifyAsync(db, ct);
        if (report.IsIntact)
            log.LogInformation("Audit chain intact: {Rows} rows verified", report.VerifiedRows);
        else
            log.LogError("Audit chain broken at row {Sequence}: {Problem}; {Rows} rows before it are intact",
                report.AtSequence, report.Problem, report.VerifiedRows);
        return report;
    }
}
