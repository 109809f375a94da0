using Microsoft.AspNetCore.Identity;

namespace GosZakup.Console.Infrastructure.Identity;

/// <summary>A console user: contact-centre staff, supervisors, managers, Working Group members, admins.</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The name the console shows, e.g. in the app bar.</summary>
    public string FullName { get; set; } = "";

    /// <summary>The full name as Kazakh text writes it: form F1 names the employee who took an appeal (the Rules, "Forms").</summary>
    public string FullNameKk { get; set; } = "";

    /// <summary>The full name as Russian text writes it, for the Russian side of the forms.</summary>
    public string FullNameRu { get; set; } = "";

    /// <summary>The UI language the user chose (kk-KZ, ru-RU or en-US); restored at every sign-in.</summary>
    public string Culture { get; set; } = "ru-RU";

    /// <summary>An account an Admin disabled cannot sign in; its history stays.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
