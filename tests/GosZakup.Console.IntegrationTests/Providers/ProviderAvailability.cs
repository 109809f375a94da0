namespace GosZakup.Console.IntegrationTests.Providers;

/// <summary>What a provider test does when its database server is not there: in CI (<c>CI=true</c>) it fails, since CI
/// starts a PostgreSQL cluster and a silent skip would hide a missing one; on a developer's machine it skips with a hint,
/// as the browser tests do without Chromium. SQL Server is the exception (see <see cref="SqlServerDatabases"/>).</summary>
internal static class ProviderAvailability
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws in CI, skips elsewhere; never returns.</summary>
    public static void Missing(string what, string hint, bool failInCi = true)
    {
        if (failInCi && InCi)
            throw new InvalidOperationException($"{what}; provider tests never skip in CI ({hint}).");
        Assert.Skip($"{what}; {hint}");
    }
}
