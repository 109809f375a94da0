using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace GosZakup.Console.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add X --project src/GosZakup.Console.Migrations.PostgreSql</c> build the
/// model; no server is contacted to add a migration or to script one.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        DatabaseRegistration.CreateStandalone(new DatabaseSettings(DatabaseProvider.PostgreSql,
            "Host=localhost;Database=goszakup_console;Username=postgres"));
}
