using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Infrastructure.Identity;

/// <summary>How the console names a member of staff: in Kazakh and in Russian for the forms (F1 names "the full name of
/// the employee who took the appeal"), and the display name for the English interface. A user without a Kazakh or Russian
/// name yet is named by the display name: a form never prints a login.</summary>
public sealed record StaffName(string Kazakh, string Russian, string Display)
{
    public static StaffName Of(ApplicationUser user) =>
        new(Or(user.FullNameKk, user.FullName), Or(user.FullNameRu, user.FullName), Or(user.FullName, Or(user.FullNameRu, user.FullNameKk)));

    /// <summary>A row whose employee is no longer among the users: what the row recorded.</summary>
    public static StaffName Recorded(string? text) => new(text ?? "", text ?? "", text ?? "");

    /// <summary>Both languages, as the bilingual forms print a cell.</summary>
    public BilingualText Bilingual => new(Kazakh, Russian);

    /// <summary>The name in an interface language: Kazakh for kk, Russian for ru, the display name otherwise.</summary>
    public string In(string cultureName) => cultureName.StartsWith("kk", StringComparison.OrdinalIgnoreCase) ? Kazakh
        : cultureName.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Russian
        : Display;

    private static string Or(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}

/// <summary>The users that rows name by id (or, for rows written before ids were kept, by login), read once per query:
/// the staff of a contact centre is a few hundred people at most.</summary>
public sealed class StaffNameBook
{
    private readonly Dictionary<string, StaffName> byId;
    private readonly Dictionary<string, StaffName> byLogin;
    private readonly List<(ApplicationUser User, StaffName Name)> people;

    private StaffNameBook(List<ApplicationUser> users)
    {
        people = users.Select(u => (u, StaffName.Of(u))).ToList();
        byId = people.ToDictionary(p => p.User.Id, p => p.Name);
        byLogin = people.Where(p => p.User.UserName is not null)
            .GroupBy(p => p.User.UserName!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);
    }

    public static async Task<StaffNameBook> ReadAsync(AppDbContext db, CancellationToken ct = default) =>
        new(await db.Users.AsNoTracking().ToListAsync(ct));

    /// <summary>The person by id, else by the login the row kept, else what the row recorded.</summary>
    public StaffName Of(string? id, string? login) =>
        id is not null && byId.TryGetValue(id, out var name) ? name
        : login is not null && byLogin.TryGetValue(login, out var named) ? named
        : StaffName.Recorded(login);

    /// <summary>The users whose name in any language, or whose login, contains <paramref name="term"/> (letter case aside,
    /// Kazakh letters included); null when none does.</summary>
    public StaffMatch? Matching(string? term)
    {
        if (string.IsNullOrWhiteSpace(term)) return null;
        var found = people.Where(p => new[] { p.Name.Kazakh, p.Name.Russian, p.Name.Display, p.User.UserName ?? "", p.User.Email ?? "" }
            .Any(text => text.Contains(term.Trim(), StringComparison.InvariantCultureIgnoreCase))).Select(p => p.User).ToList();
        return found.Count == 0 ? null : new StaffMatch([.. found.Select(u => u.Id)], [.. found.Select(u => u.UserName).OfType<string>()]);
    }
}

/// <summary>The ids and logins of the users a search term names.</summary>
public sealed record StaffMatch(IReadOnlyList<string> Ids, IReadOnlyList<string> Logins);
