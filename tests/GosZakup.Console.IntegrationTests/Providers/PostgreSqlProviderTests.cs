namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>The provider contract on PostgreSQL, the server database CI proves: from <c>GOSZAKUP_TEST_POSTGRES</c>, which
/// .ci/run sets (tests/postgres-cluster). Without it the tests fail in CI and skip, with a hint, elsewhere.</summary>
public sealed class PostgreSqlProviderTests(PostgreSqlDatabases databases) : ProviderContractTests(databases), IClassFixture<PostgreSqlDatabases>;
