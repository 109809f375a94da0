using Bunit;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace GosZakup.Console.Web.Tests;

public class ReferralsPanelTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<ReferralsPanel>> RenderAsync(string role)
    {
        AddAuthorization().SetAuthorized("someone@test.kz").SetRoles(role);
        Services.AddSingleton(new AttachmentFolder(Path.Combine(Path.GetTempPath(), "goszakup-bunit-attachments")));
        Services.AddSingleton<IncidentNotifier>();
        Services.AddScoped<IncidentRecords>();
        await using var db = await MigratedDatabaseAsync();
        var incident = new IncidentRecord
        {
            Number = "INC-2026-000042", Year = 2026, Sequence = 42, RegisteredAtUtc = new DateTime(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc),
            RegisteredByName = "operator@test.kz",
        };
        db.Add(incident);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        Render<MudPopoverProvider>();
        return Render<ReferralsPanel>(p => p.Add(c => c.IncidentId, incident.Id));
    }

    [Theory]
    [InlineData("en-US", "Outside specialists are called in only with the Owner's consent (Rules §22)")]
    [InlineData("ru-RU", "Внешние специалисты привлекаются только с согласия владельца (п. 22 Правил)")]
    [InlineData("kk-KZ", "Сырттан мамандар тек иеленушінің келісімімен тартылады (Қағидалардың 22-тармағы)")]
    public async Task Outside_specialists_without_the_Owners_consent_are_refused_with_the_clause(string culture, string message)
    {
        UseCulture(culture);
        var cut = await RenderAsync("Supervisor");

        cut.Find("[data-testid=referral-new-OutsideSpecialists]").Click();
        cut.Find("input[data-testid=referral-addressee]").Change("ТОО «Kazakhtelecom Cloud»");
        cut.Find("[data-testid=referral-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Markup));
        await using var db = await MigratedDatabaseAsync();
        Assert.Equal(0, await db.Set<ReferralRecord>().CountAsync(Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task With_the_consent_the_referral_is_recorded_and_listed()
    {
        var cut = await RenderAsync("Specialist");

        cut.Find("[data-testid=referral-new-OutsideSpecialists]").Click();
        cut.Find("input[data-testid=referral-addressee]").Change("ТОО «Kazakhtelecom Cloud»");
        cut.Find("input[data-testid=referral-consent-input]").Change("письмо МФ РК № 12-3/4567");
        cut.Find("[data-testid=referral-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("письмо МФ РК № 12-3/4567", cut.Find("[data-testid=referral-consent]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=referral-form]"));
    }

    [Theory]
    [InlineData("Supervisor", "LawEnforcement,OutsideSpecialists")]
    [InlineData("Specialist", "OutsideSpecialists")]
    [InlineData("Operator", "")]
    public async Task Each_role_is_offered_only_the_referrals_it_may_record(string role, string offered)
    {
        var cut = await RenderAsync(role);

        var buttons = cut.FindAll("[data-testid^=referral-new-]").Select(b => b.GetAttribute("data-testid")!["referral-new-".Length..]);
        Assert.Equal(offered, string.Join(",", buttons));
    }
}
