using GosZakup.Console.Domain.Calendar;

namespace GosZakup.Console.Domain.Incidents;

/// <summary>One cause of a technical failure in the classification of R2 §4. Whether it is operator-related
/// decides who refunds a lost application security (R2 §19-§20) and goes on the Act (form F2).</summary>
/// <param name="Code">Stable: stored incidents and resources refer to it.</param>
/// <param name="Clause">The sub-item of R2 §4, e.g. <c>R2 §4.1.2</c> (the Rules list the causes unnumbered).</param>
public sealed record FailureCause(string Code, string Clause, bool IsOperatorRelated, LocalizedText Title, LocalizedText Explanation);
