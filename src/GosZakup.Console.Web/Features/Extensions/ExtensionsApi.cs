using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Api;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.Extensions;

/// <summary><c>GET /api/v1/extension-orders?since=</c>: the portal reads the orders in force (applied or published), in
/// the order they were applied, and moves its own deadlines. <c>since</c> takes an instant (ISO 8601) or the
/// <c>next</c> cursor of the previous page; pages hold at most <c>limit</c> orders (default 500, at most 5,000).</summary>
public static class ExtensionsApi
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 5000;

    public sealed record ExtensionOrderDto(
        Guid Id, string Procurement, string? Lot, string Deadline, DateTimeOffset Old, DateTimeOffset New, string Clause,
        string Source, string SourceKind, string State, bool CancelsAutoFormedProtocol, bool Provisional, DateTimeOffset AppliedAt,
        string? OverriddenBy, string? OverrideReason);

    public sealed record ExtensionOrderPage(IReadOnlyList<ExtensionOrderDto> Items, string? Next);

    public static IEndpointRouteBuilder MapExtensionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/extension-orders", ListAsync).WithTags("Extensions").AllowAnonymous().AddEndpointFilter<ApiKeyFilter>()
            .WithSummary("Extension orders in force (R2 §10, §15-§16, §24), oldest applied first; page with since=<next>")
            .Produces<ExtensionOrderPage>(StatusCodes.Status200OK, "application/json");
        return app;
    }

    private static async Task<Results<Ok<ExtensionOrderPage>, ValidationProblem>> ListAsync(string? since, int? limit,
        IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
            return CommandProblems.Invalid(new Dictionary<string, string[]> { ["limit"] = [l["Extensions.Api.BadLimit", MaxLimit]] });
        if (!TryCursor(since, out var after)) return CommandProblems.Invalid(new Dictionary<string, string[]> { ["since"] = [l["Extensions.Api.BadSince"]] });
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<ExtensionOrderRecord>().AsNoTracking().Where(o => o.Cursor != null);
        if (after is not null) query = query.Where(o => string.Compare(o.Cursor, after) > 0);
        var page = await query.OrderBy(o => o.Cursor).Take(take).ToListAsync(ct);
        var next = page.Count == take ? page[^1].Cursor : null;
        return TypedResults.Ok(new ExtensionOrderPage([.. page.Select(Dto)], next));
    }

    /// <summary>An instant becomes the cursor just before anything applied at it; a cursor is taken as it is.</summary>
    private static bool TryCursor(string? since, out string? cursor)
    {
        cursor = null;
        if (string.IsNullOrWhiteSpace(since)) return true;
        since = since.Trim();
        if (DateTimeOffset.TryParse(since, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
        {
            cursor = ExtensionOrderRecord.CursorOf(at.UtcDateTime, Guid.Empty);
            return true;
        }
        if (since.Length == 56 && since[8] == 'T' && since[23] == '-') { cursor = since; return true; }
        return false;
    }

    private static ExtensionOrderDto Dto(ExtensionOrderRecord o) => new(
        o.Id, o.ProcurementNumber, o.LotNumber, o.Kind.ToString(), Utc(o.OldUtc), Utc(o.NewUtc), o.Clause, o.SourceId, o.SourceKind.ToString(),
        o.State.ToString(), o.CancelsAutoProtocol, o.Provisional, Utc(o.AppliedAtUtc!.Value),
        o.OverrideKind == ApprovalKind.Override ? o.OverrideByName : null, o.OverrideKind == ApprovalKind.Override ? o.OverrideReason : null);

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
