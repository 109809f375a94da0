namespace GosZakup.Console.Web.Security.Sessions;

/// <summary>Why this circuit stopped taking commands, once it has; the notice over the page shows it.</summary>
public sealed class SessionEnding
{
    public SessionVerdict? Reason { get; private set; }

    public event Action? Changed;

    /// <summary>The first reason stays: a later check must not turn "disabled" into "signed out".</summary>
    public void End(SessionVerdict reason)
    {
        lock (this)
        {
            if (Reason is not null) return;
            Reason = reason;
        }
        Changed?.Invoke();
    }
}
