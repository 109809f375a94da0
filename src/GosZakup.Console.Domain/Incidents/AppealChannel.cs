namespace GosZakup.Console.Domain.Incidents;

/// <summary>How an appeal reached the contact centre (R2 §5, §6).</summary>
public enum AppealChannel
{
    Phone = 1,
    Email = 2,
    Letter = 3,
    Forum = 4,
    /// <summary>An operator specialist who found the System off standard (R2 §6.2).</summary>
    OperatorSpecialist = 5,
    /// <summary>Monitoring and fault-detection tools, other systems through the API (R2 §5).</summary>
    Monitoring = 6,
    SystemLog = 7,
}
