using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Admin;

/// <summary>Saves an edit made on an admin page. A row someone else changed meanwhile (its concurrency token moved)
/// or a key someone else took meanwhile (a unique index) becomes a message for the user, never an overwrite.</summary>
public static class AdminSaves
{
    public static async Task<AdminResult> SaveAsync(DbContext db, Func<AdminResult> changedMeanwhile, Func<AdminResult> takenMeanwhile, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return AdminResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return changedMeanwhile();
        }
        catch (DbUpdateException)
        {
            return takenMeanwhile();
        }
    }
}
