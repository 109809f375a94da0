using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace GosZakup.Console.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add X --project src/GosZakup.Console.Migrations.Sqlite</c> build the model.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        DatabaseRegistration.CreateStandalone(DatabaseSettings.SqliteIn(Path.GetTempPath()));
}
