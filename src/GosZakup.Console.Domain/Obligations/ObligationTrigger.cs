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
}
