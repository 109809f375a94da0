using GosZakup.Console.Infrastructure.Documents;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GosZakup.Console.Web.Hosting;

/// <summary>The section <c>Forms:Operator</c> (<see cref="SingleOperator"/>): how every form names the single operator and
/// its signatories. Read once; the first registration wins, so a feature may ask for it on its own.</summary>
public static class FormsConfiguration
{
    public static IServiceCollection AddSingleOperator(this IServiceCollection services, IConfiguration config)
    {
        services.TryAddSingleton(config.GetSection(SingleOperator.Section).Get<SingleOperator>() ?? new SingleOperator());
        return services;
    }
}
