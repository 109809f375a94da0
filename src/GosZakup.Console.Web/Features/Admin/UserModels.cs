namespace GosZakup.Console.Web.Features.Admin;

/// <summary>A user as the Users page lists it; <see cref="ConcurrencyStamp"/> detects a concurrent edit.</summary>
public sealed record UserRow(
    string Id, string Email, string FullName, IReadOnlyList<string> Roles, string Culture,
    bool IsDisabled, DateTimeOffset? LockedUntil, string ConcurrencyStamp, string FullNameKk = "", string FullNameRu = "");

/// <summary>What the user dialog edits. <see cref="Id"/> is null for a new user, who also needs a password.</summary>
public sealed class UserForm
{
    public string? Id { get; set; }
    public string Email { get; set; } = "";
    public string FullName { get; set; } = "";

    /// <summary>The full name as the Kazakh and the Russian text of the forms print it (F1: who took the appeal).</summary>
    public string FullNameKk { get; set; } = "";
    public string FullNameRu { get; set; } = "";

    public string Culture { get; set; } = Localization.Cultures.Russian;
    public HashSet<string> Roles { get; set; } = [];
    public string? Password { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static UserForm From(UserRow row) => new()
    {
        Id = row.Id, Email = row.Email, FullName = row.FullName, FullNameKk = row.FullNameKk, FullNameRu = row.FullNameRu, Culture = row.Culture,
        Roles = [.. row.Roles], ConcurrencyStamp = row.ConcurrencyStamp,
    };
}
