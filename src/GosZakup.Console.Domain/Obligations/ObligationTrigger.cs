namespace GosZakup.Console.Domain.Obligations;

/// <summary>The events of the Rules that start a clock.</summary>
public enum ObligationTrigger
{
    FailureDetected = 1,
    AppealReceived = 2,
    Registered = 3,
    Refuted = 4,
    Confirmed = 5,
    PlannedFixChanged = 6,
    Fixed = 7,
    SupplierCouldNotBid = 8,
    ActPublished = 9,
    SecurityCreditedToBudget = 10,
    BudgetLetterReceived = 11,
    PlannedWorksStart = 12,
    ComplaintReceived = 13,

    /// <summary>Information arrived about a failure that may be of medium or high level (R2 §25): before confirming it.</summary>
    SevereFailureSuspected = 14,

    /// <summary>Force majeure was recorded (R1 §13, R2 §16.6).</summary>
    ForceMajeureRecorded = 15,
}
