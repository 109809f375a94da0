using GosZakup.Console.Infrastructure.Persistence.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Infrastructure.Persistence;

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="AppDbContext"/> (scoped, and a scoped factory for Blazor components)
    /// on the configured provider, with the audit writer in every save.</summary>
    public static IServiceCollection AddConsoleDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddScoped<AuditWriter>();
        services.AddDbContextFactory<AppDbContext>(options => Configure(options, settings), ServiceLifetime.Scoped);
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        // No retrying execution strategy on the server databases: the audit writer (on every audited save), the yearly
        // counters and several features open their own transactions, which a retrying strategy refuses unless each is
        // wrapped in it. A busy or deadlocked write is answered 503 "try again" instead (Hosting/DatabaseBusy).
        if (settings.Provider == DatabaseProvider.SqlServer)
            options.UseSqlServer(settings.ConnectionString, sql => sql.MigrationsAssembly(settings.MigrationsAssembly));
        else if (settings.Provider == DatabaseProvider.PostgreSql)
            options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsAssembly(settings.MigrationsAssembly));
        else
            options.UseSqlite(SqliteBusyTimeout.Apply(settings.ConnectionString, settings.BusyTimeoutSeconds),
                    sqlite => sqlite.MigrationsAssembly(settings.MigrationsAssembly).CommandTimeout(settings.BusyTimeoutSeconds))
                .AddInterceptors(new SqliteBusyTimeout(settings.BusyTimeoutSeconds));
        options.AddInterceptors(VersionStamp.Instance);
    }

    /// <summary>A context outside dependency injection (design-time tools, tests), acting as the system.</summary>
    public static AppDbContext CreateStandalone(DatabaseSettings settings, TimeProvider? clock = null)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Configure(options, settings);
        return new AppDbContext(options.Options, new AuditWriter(clock ?? TimeProvider.System, new SystemActor()));
    }
}
