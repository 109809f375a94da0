namespace GosZakup.Console.Infrastructure.Persistence.Audit;

/// <summary>Who is making a change: a signed-in user, or the system itself (jobs, seeding, integrations).</summary>
public sealed record AuditActor(string? Id, string Name)
{
    public static AuditActor System { get; } = new(null, "system");
}

/// <summary>Answers "who is acting now" for the audit writer; the web app resolves it from the
/// request or the Blazor circuit, jobs and tools use <see cref="AuditActor.System"/>.</summary>
public interface ICurrentActor
{
    AuditActor Current { get; }
}

public sealed class SystemActor : ICurrentActor
{
    public AuditActor Current => AuditActor.System;
}
