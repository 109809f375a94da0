namespace GosZakup.Console.Web.Features.Audit;

/// <summary>What the audit log page adds to the host.</summary>
public static class AuditRegistration
{
    public static IServiceCollection AddAudit(this IServiceCollection services) => services
        .AddScoped<AuditQuery>();
}
