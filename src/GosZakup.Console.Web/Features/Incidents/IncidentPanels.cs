using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;

namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>A panel another feature adds to the incident page (extensions, the announcement, Acts, the owner report),
/// registered by that feature, so Incidents need not know the features built on it. <see cref="Order"/> places it;
/// <see cref="Shows"/> says for which incidents; <see cref="Parameters"/> are the component's parameters.</summary>
public sealed record IncidentPanel(int Order, Type Component, Func<IncidentRecord, bool> Shows,
    Func<IncidentRecord, IDictionary<string, object?>> Parameters);

/// <summary>What another feature shows under the decision form's preview of a level (the extension preview, R2 §10):
/// the component receives <c>IncidentNumber</c>, <c>Level</c>, <c>Module</c> and <c>PlannedFix</c>.</summary>
public sealed record IncidentDecisionPreview(Type Component)
{
    public static IDictionary<string, object?> Parameters(string number, Severity? level, string? module, DateTime? plannedFix) =>
        new Dictionary<string, object?>
        {
            ["IncidentNumber"] = number, ["Level"] = level, ["Module"] = module, ["PlannedFix"] = plannedFix,
        };
}

/// <summary>Told after an incident's change was saved that its procurements' extensions are due again (R2 §10);
/// the Extensions feature queues its job.</summary>
public interface IExtensionsDue
{
    void IncidentChanged(string number);
}
