using GosZakup.Console.Infrastructure.WorkingGroup;

namespace GosZakup.Console.Web.Features.Complaints;

/// <summary>The letter of the Working Group's head that brings a complaint (R2 §30); times are Astana wall-clock time.</summary>
public sealed class ComplaintForm
{
    public DateTime? ReceivedAt { get; set; }
    public string LetterNumber { get; set; } = "";
    public DateTime? LetterDate { get; set; }
    public Guid? FromMemberId { get; set; }
    public string Subject { get; set; } = "";
    public string Summary { get; set; } = "";

    /// <summary>The incident the complaint concerns, by its number (optional).</summary>
    public string? IncidentNumber { get; set; }
}

/// <summary>The operator's answer (R2 §31): priority, causes, whether the failure is confirmed, and if so the fix dates.</summary>
public sealed class ComplaintAnswerForm
{
    public ComplaintPriority? Priority { get; set; }
    public string Causes { get; set; } = "";
    public bool? Confirmed { get; set; }
    public DateTime? FixStartAt { get; set; }
    public DateTime? FixBy { get; set; }
}
