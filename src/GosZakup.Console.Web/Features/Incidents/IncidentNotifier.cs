namespace GosZakup.Console.Web.Features.Incidents;

/// <summary>Tells open incident pages of this instance that an incident changed (pages of other instances
/// catch up on their periodic refresh).</summary>
public sealed class IncidentNotifier
{
    public event Action<Guid>? IncidentChanged;

    public void Changed(Guid incidentId) => IncidentChanged?.Invoke(incidentId);
}
