using System.Security.Claims;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.Web.Localization;
using GosZakup.Console.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Admin;

/// <summary>Settings a user keeps for themselves; today the UI language, restored at each sign-in.</summary>
public sealed class UserPreferences(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task SaveCultureAsync(ClaimsPrincipal user, string culture)
    {
        var id = user.UserId();
        if (id is null || !Cultures.IsSupported(culture)) return;
        await using var db = await dbFactory.CreateDbContextAsync();
        var account = await db.Users.FirstOrDefaultAsync(u => u.Id == id);
        if (account is null || account.Culture == culture) return;
        account.Culture = culture;
        await db.SaveChangesAsync();
    }
}
