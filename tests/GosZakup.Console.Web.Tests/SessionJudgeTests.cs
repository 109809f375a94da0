using System.Security.Claims;
using GosZakup.Console.Web.Security.Sessions;

namespace GosZakup.Console.Web.Tests;

/// <summary>Issue 17: how a signed-in principal compares with what the store says about its user now.</summary>
public class SessionJudgeTests
{
    private static ClaimsPrincipal Principal(string stamp, params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim("AspNet.Identity.SecurityStamp", stamp),
                .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            "Identity.Application"));

    private static UserStanding Standing(string stamp = "S1", bool disabled = false, bool alive = true, params string[] roles) =>
        new(disabled, stamp, roles.ToHashSet(), alive);

    public static TheoryData<string, UserStanding?, SessionVerdict> SessionCases => new()
    {
        { "nothing changed", Standing(roles: ["Specialist", "Operator"]), SessionVerdict.Valid },
        { "the account disabled", Standing(disabled: true, roles: ["Specialist", "Operator"]), SessionVerdict.AccountDisabled },
        { "the user deleted", null, SessionVerdict.AccountDisabled },
        { "signed out or expired", Standing(alive: false, roles: ["Specialist", "Operator"]), SessionVerdict.SignedOut },
        { "password or e-mail changed", Standing(stamp: "S2", roles: ["Specialist", "Operator"]), SessionVerdict.CredentialsChanged },
        { "a role removed", Standing(roles: ["Operator"]), SessionVerdict.RolesRemoved },
        { "a role removed and another added", Standing(roles: ["Operator", "Manager"]), SessionVerdict.RolesRemoved },
        { "a role added", Standing(roles: ["Specialist", "Operator", "Supervisor"]), SessionVerdict.RolesAdded },
        { "disabled wins over every other change", Standing(stamp: "S2", disabled: true, alive: false, roles: []), SessionVerdict.AccountDisabled },
    };

    [Theory]
    [MemberData(nameof(SessionCases))]
    public void A_principal_is_judged_by_its_users_current_standing(string why, UserStanding? standing, SessionVerdict expected)
    {
        Assert.True(SessionJudge.Judge(Principal("S1", "Specialist", "Operator"), standing) == expected, why);
    }

    [Theory]
    [InlineData(SessionVerdict.Valid, true)]
    [InlineData(SessionVerdict.RolesAdded, true)]
    [InlineData(SessionVerdict.RolesRemoved, false)]
    [InlineData(SessionVerdict.AccountDisabled, false)]
    [InlineData(SessionVerdict.SignedOut, false)]
    [InlineData(SessionVerdict.CredentialsChanged, false)]
    public void Only_an_unchanged_or_enlarged_standing_lets_the_page_act(SessionVerdict verdict, bool admits) =>
        Assert.Equal(admits, verdict.Admits());
}
