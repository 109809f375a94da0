namespace GosZakup.Console.Domain.Staff;

/// <summary>The people who use the console (R2 §2): the operator's contact centre and technical staff,
/// their supervisors and managers, the oversight Working Group, and the console's administrators.</summary>
public static class StaffRole
{
    /// <summary>Contact-centre operator: takes and registers appeals (R2 §6-§8).</summary>
    public const string Operator = "Operator";

    /// <summary>Technical administration specialist: confirms or refutes a failure (R2 §9-§11).</summary>
    public const string Specialist = "Specialist";

    /// <summary>Approves and signs Acts (R2 §17), lowers a severity with a reason.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Watches the SLA timers and the daily analysis (R2 §26).</summary>
    public const string Manager = "Manager";

    /// <summary>The Working Group of the authorised body: reads reports and Acts (R2 §25-§31).</summary>
    public const string WorkingGroup = "WorkingGroup";

    /// <summary>Runs the console: users, calendar, background jobs.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Operator, Specialist, Supervisor, Manager, WorkingGroup, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
