namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>The provider contract on SQLite, the embedded default.</summary>
public sealed class SqliteProviderTests(SqliteDatabases databases) : ProviderContractTests(databases), IClassFixture<SqliteDatabases>;
