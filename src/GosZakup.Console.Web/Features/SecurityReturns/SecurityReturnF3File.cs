using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.SecurityReturns;

/// <summary>Form F3 (R2 §19) prefilled from the Act and the security's row, once the security was credited to the budget;
/// the organiser's and the bank's details appear when the letter is registered, blank before.</summary>
public static class SecurityReturnF3File
{
    public static IEndpointRouteBuilder MapSecurityReturnF3(this IEndpointRouteBuilder app)
    {
        app.MapGet("/acts/{number}/security/{id:guid}/f3.pdf",
            async (string number, Guid id, IDbContextFactory<AppDbContext> dbFactory, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var act = await db.Set<ActRecord>().AsNoTracking().SingleOrDefaultAsync(a => a.Number == number, ct);
            var row = act is null ? null : await db.Set<SecurityReturnRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.ActId == act.Id, ct);
            if (act is null || row is null || DocumentOf(act, row) is not { } f3) return Results.NotFound();
            return FileDownloads.Pdf(SecurityReturnF3Pdf.Render(f3), $"F3-{act.Number}-{row.SupplierTaxpayerNumber}.pdf");
        }).RequireAuthorization(Policies.SecurityReturnLetters).ExcludeFromDescription();
        return app;
    }

    public static string Link(string actNumber, Guid id) => $"/acts/{Uri.EscapeDataString(actNumber)}/security/{id}/f3.pdf";

    /// <summary>Null until the security was credited to the budget (form F3 has nothing to say before).</summary>
    public static SecurityReturnDocument? DocumentOf(ActRecord act, SecurityReturnRecord row)
    {
        if (row.CreditedTo is not { } creditedTo || row.CreditedAtUtc is not { } creditedAt) return null;
        return new SecurityReturnDocument(
            row.LetterReceivedAtUtc ?? creditedAt, row.OrganiserName ?? "", row.OrganiserBin ?? "", act.Number,
            act.ActDateUtc ?? act.Signature?.SignedAtUtc ?? act.CreatedAtUtc, row.SupplierName, row.SupplierTaxpayerNumber, row.LotNumber ?? "",
            row.ProcurementNumber, row.Amount, creditedTo,
            row.Bank ?? new SupplierBankDetails(row.SupplierName, row.SupplierTaxpayerNumber, "", "", ""), row.CustomerHeadName ?? "");
    }
}
