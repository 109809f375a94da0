namespace GosZakup.Console.BrowserTests;

/// <summary>The demo accounts of assets/demo/users.json (seeded in Development), all with one password.</summary>
public static class DemoUsers
{
    public const string Password = "Demo-2026!";

    public const string Operator = "operator@demo.kz";
    public const string Specialist = "specialist@demo.kz";
    public const string Supervisor = "supervisor@demo.kz";
    public const string Manager = "manager@demo.kz";
    public const string WorkingGroup = "wg@demo.kz";
    public const string Admin = "admin@demo.kz";

    /// <summary>Only the lockout test signs in with this one: it ends up locked.</summary>
    public const string LockoutVictim = "operator2@demo.kz";

    /// <summary>Only the language test signs in with this one: it ends up with Kazakh saved in its profile.</summary>
    public const string LanguageSwitcher = "supervisor2@demo.kz";
}
