using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Obligations;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Persistence;

/// <summary>The console's one database: identity, data-protection keys (shared by every app instance
/// behind a load balancer), the audit chain and, in later features, the domain.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, AuditWriter auditWriter)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarOverrideRecord> CalendarOverrides => Set<CalendarOverrideRecord>();

    public DbSet<ObligationRecord> Obligations => Set<ObligationRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<ApplicationUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(200);
            user.Property(u => u.FullNameKk).HasMaxLength(200);
            user.Property(u => u.FullNameRu).HasMaxLength(200);
            user.Property(u => u.Culture).HasMaxLength(10);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        auditWriter.SaveWithAuditAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
}
