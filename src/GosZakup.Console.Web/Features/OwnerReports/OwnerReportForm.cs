namespace GosZakup.Console.Web.Features.OwnerReports;

/// <summary>What the Supervisor writes into the report to the Owner (R2 §15.9, §16.9): the prevention advice in both
/// languages. Everything else in the report comes from the incident.</summary>
public sealed class OwnerReportForm
{
    public const int MaxLength = 2000;

    public string PreventionKk { get; set; } = "";
    public string PreventionRu { get; set; } = "";
}
