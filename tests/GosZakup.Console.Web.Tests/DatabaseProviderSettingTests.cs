using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace GosZakup.Console.Web.Tests;

/// <summary><c>Database:Provider</c> and <c>Database:ConnectionString</c>, read at start.</summary>
public class DatabaseProviderSettingTests
{
    private const string PostgreSql = "Host=127.0.0.1;Port=5432;Username=console;Database=goszakup";

    private static IConfiguration With(string? provider, string? connectionString) => new ConfigurationBuilder()
        .AddInMemoryCollection([new("Database:Provider", provider), new("Database:ConnectionString", connectionString)]).Build();

    [Fact]
    public void PostgreSql_with_a_connection_string_is_chosen_with_its_own_migrations()
    {
        var settings = ConsoleServices.DatabaseSettingsFrom(With("PostgreSql", PostgreSql), "/data");

        Assert.Equal(DatabaseProvider.PostgreSql, settings.Provider);
        Assert.Equal(PostgreSql, settings.ConnectionString);
        Assert.Equal("GosZakup.Console.Migrations.PostgreSql", settings.MigrationsAssembly);
    }

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("postgresql", DatabaseProvider.PostgreSql)]
    [InlineData("SqlServer", DatabaseProvider.SqlServer)]
    public void The_provider_is_read_by_name_in_any_letter_case_and_none_means_the_embedded_SQLite(string? setting, DatabaseProvider provider)
    {
        var connectionString = provider == DatabaseProvider.Sqlite ? null : "Server=db";

        Assert.Equal(provider, ConsoleServices.DatabaseSettingsFrom(With(setting, connectionString), "/data").Provider);
    }

    [Fact]
    public void SQLite_without_a_connection_string_is_a_file_in_the_data_folder() =>
        Assert.Equal($"Data Source={Path.Combine("/data", "console.db")}",
            ConsoleServices.DatabaseSettingsFrom(With("Sqlite", null), "/data").ConnectionString);

    [Theory]
    [InlineData("PostgreSql")]
    [InlineData("SqlServer")]
    public void A_server_database_without_a_connection_string_stops_the_start_naming_the_chosen_provider(string provider)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ConsoleServices.DatabaseSettingsFrom(With(provider, " "), "/data"));

        Assert.Equal($"Database:Provider is {provider} but Database:ConnectionString is empty.", refused.Message);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("3")]
    public void An_unknown_provider_stops_the_start_with_the_names_to_write(string setting)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ConsoleServices.DatabaseSettingsFrom(With(setting, PostgreSql), "/data"));

        Assert.Equal($"Database:Provider is '{setting}'; use Sqlite, SqlServer, PostgreSql.", refused.Message);
    }
}
