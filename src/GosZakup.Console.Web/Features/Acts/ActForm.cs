namespace GosZakup.Console.Web.Features.Acts;

/// <summary>What the Operator completes on an Act draft (form F2); times in Astana wall-clock time.</summary>
public sealed class ActForm
{
    public DateTime? FailureFrom { get; set; }
    public DateTime? FailureTo { get; set; }
    public string SystemModule { get; set; } = "";
    public string ProcurementNumbers { get; set; } = "";
    public string LotNumbers { get; set; } = "";
    public string CauseKk { get; set; } = "";
    public string CauseRu { get; set; } = "";
    public List<ActSupplierForm> Suppliers { get; set; } = [];
}

/// <summary>A potential supplier who could not submit a price offer.</summary>
public sealed class ActSupplierForm
{
    public string Name { get; set; } = "";
    public string TaxpayerNumber { get; set; } = "";
    public string ProcurementNumber { get; set; } = "";
    public string? LotNumber { get; set; }
    public decimal? SecurityAmount { get; set; }
}
