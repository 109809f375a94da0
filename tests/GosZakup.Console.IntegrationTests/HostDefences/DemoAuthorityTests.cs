using GosZakup.Console.Web.Features.Acts;
using Microsoft.Extensions.Hosting.Internal;

namespace GosZakup.Console.IntegrationTests.HostDefences;

public class DemoAuthorityTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    [InlineData("Development", true)]
    public void The_demo_CA_is_trusted_and_created_only_in_Development_whatever_Signing_DemoAuthority_says(string environment, bool demo)
    {
        var configured = new SigningOptions { DemoAuthority = true, TrustedRoots = ["/etc/goszakup/nca-rsa-root.cer"], Revoked = ["0A1B"] };

        var applied = ActsRegistration.DemoOnlyInDevelopment(configured, new HostingEnvironment { EnvironmentName = environment });

        Assert.Equal(demo, applied.DemoAuthority);
        Assert.Equal(configured.TrustedRoots, applied.TrustedRoots);
        Assert.Equal(configured.Revoked, applied.Revoked);
    }
}
