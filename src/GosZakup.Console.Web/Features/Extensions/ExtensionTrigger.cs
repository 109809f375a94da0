using Hangfire;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary>Queues the extension job after an event was saved (the event also marked its source due in the database,
/// so a queue lost before the job ran loses nothing: the sweep finds the mark).</summary>
public sealed class ExtensionTrigger(IBackgroundJobClient? jobs = null) : Incidents.IExtensionsDue
{
    public void IncidentChanged(string number) => jobs?.Enqueue<ExtensionJob>(job => job.RunForIncidentAsync(number, CancellationToken.None));

    public void WorksChanged(string code) => jobs?.Enqueue<ExtensionJob>(job => job.RunForWorksAsync(code, CancellationToken.None));
}
