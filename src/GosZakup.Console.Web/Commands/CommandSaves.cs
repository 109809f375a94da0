using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Commands;

/// <summary>Saves an edit. A row someone else changed meanwhile (its concurrency token moved) or a key someone else
/// took meanwhile (a unique index) becomes the command's refusal, never an overwrite.</summary>
public static class CommandSaves
{
    public static async Task<CommandResult> SaveAsync(DbContext db, Func<CommandResult> changedMeanwhile, Func<CommandResult> takenMeanwhile,
        CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok();
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
