using GosZakup.Console.Infrastructure.WorkingGroup;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>What the operator's answer to a Working Group complaint (R2 §31) says: to whom, to which letter, and the
/// answer's priority, causes, confirmation and fix dates.</summary>
public sealed record ComplaintAnswerDocument(
    string OperatorNameKk, string OperatorNameRu, string AddresseeName, string? AddresseePosition,
    string LetterNumber, DateOnly LetterDate, DateTime ReceivedAtUtc, string Subject, string? IncidentNumber,
    ComplaintPriority Priority, string Causes, bool Confirmed, DateTime? FixStartAtUtc, DateTime? FixByUtc,
    DateTime AnsweredAtUtc, string AnsweredByName);
