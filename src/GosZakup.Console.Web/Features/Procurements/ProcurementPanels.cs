namespace GosZakup.Console.Web.Features.Procurements;

/// <summary>A panel another feature adds to a procurement's page (the extensions of its deadlines), registered by that
/// feature so Procurements need not know it; the component receives <c>ProcurementId</c>.</summary>
public sealed record ProcurementPanel(int Order, Type Component);
