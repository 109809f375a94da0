using System.Text.Json;

namespace GosZakup.Console.Infrastructure.Identity;

/// <summary>The demo users of <c>assets/demo/users.json</c>: seeded in Development, listed on its sign-in page.</summary>
public sealed record DemoUsers(string Password, List<DemoUser> Users)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static DemoUsers Read(string path) =>
        JsonSerializer.Deserialize<DemoUsers>(File.ReadAllText(path), JsonOptions)
        ?? throw new InvalidOperationException($"{path} holds no demo users.");
}

/// <param name="FullNameKk">The full name as the Kazakh text of the forms prints it (F1: who took the appeal).</param>
/// <param name="FullNameRu">The same in Russian.</param>
/// <param name="Iin">Supervisors only: the IIN their demo signing certificate carries.</param>
public sealed record DemoUser(string Email, string FullName, string Culture, List<string> Roles, string? Iin = null, string FullNameKk = "",
    string FullNameRu = "");
