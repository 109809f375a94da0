using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace GosZakup.Console.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef migrations add X --project src/GosZakup.Console.Migrations.SqlServer</c> build the
/// model; no server is contacted to add a migration or to script one.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        DatabaseRegistration.CreateStandalone(new DatabaseSettings(DatabaseProvider.SqlServer,
            "Server=(design-time);Database=GosZakupConsole;Trusted_Connection=True;TrustServerCertificate=True"));
}
