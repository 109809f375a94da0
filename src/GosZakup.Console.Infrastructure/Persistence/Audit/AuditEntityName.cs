using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Obligations;
using Microsoft.AspNetCore.Identity;

namespace GosZakup.Console.Infrastructure.Persistence.Audit;

/// <summary>The name a reader of the audit log sees for an entity type.</summary>
public static class AuditEntityName
{
    private static readonly Dictionary<Type, string> Friendly = new()
    {
        [typeof(ApplicationUser)] = "User",
        [typeof(IdentityRole)] = "Role",
        [typeof(IdentityUserRole<string>)] = "UserRole",
        [typeof(IdentityUserClaim<string>)] = "UserClaim",
        [typeof(IdentityRoleClaim<string>)] = "RoleClaim",
        [typeof(IdentityUserLogin<string>)] = "UserLogin",
        [typeof(CalendarOverrideRecord)] = "CalendarDay",
        [typeof(ObligationRecord)] = "Obligation",
    };

    public static string Of(Type type) => Friendly.TryGetValue(type, out var name) ? name : type.Name;
}
