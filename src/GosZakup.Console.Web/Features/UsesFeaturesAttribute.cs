namespace GosZakup.Console.Web.Features;

/// <summary>On a feature's registration: the other features its code may use, named by their registrations. A feature
/// may use Domain, Infrastructure and the shared Web parts freely, and another feature only when named here;
/// FeatureDependencyTests holds the compiled code to it, and the names to one direction (no two features use each
/// other, directly or round a circle). A feature named by none uses no other.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class UsesFeaturesAttribute(params Type[] registrations) : Attribute
{
    public IReadOnlyList<Type> Registrations { get; } = registrations;
}
