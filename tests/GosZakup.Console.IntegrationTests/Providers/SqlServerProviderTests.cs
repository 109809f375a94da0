namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>The provider contract on SQL Server, when <c>GOSZAKUP_TEST_SQLSERVER</c> names one; skipped otherwise, in CI too.</summary>
public sealed class SqlServerProviderTests(SqlServerDatabases databases) : ProviderContractTests(databases), IClassFixture<SqlServerDatabases>;
