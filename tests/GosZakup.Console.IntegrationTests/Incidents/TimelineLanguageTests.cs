using System.Globalization;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Web.Features.Incidents;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary>Issue 16 §5: a timeline entry is kept as a code and values, so each reader reads it in their own language,
/// whoever wrote it and in whichever language they worked.</summary>
public sealed class TimelineLanguageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_level_confirmed_by_a_Russian_speaking_specialist_is_read_in_Kazakh_with_his_Kazakh_name()
    {
        await using var s = await StartAsync();
        await using (var db = s.Services.NewDb())
        {
            db.Users.Add(new ApplicationUser
            {
                UserName = "specialist@demo.kz", Email = "specialist@demo.kz", FullName = "Ерлан Жақсыбеков",
                FullNameKk = "Жақсыбеков Ерлан Серікұлы", FullNameRu = "Жаксыбеков Ерлан Серикович", Culture = "ru-RU",
            });
            await db.SaveChangesAsync(Ct);
        }

        InCulture("ru-RU");
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist, Ct));
        await s.AlertAsync(Severity.Medium);
        await s.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Medium), Specialist, Ct));

        InCulture("kk-KZ");
        var view = await s.Services.Get<IncidentQuery>().LoadAsync(s.Number, Ct);
        var confirmed = view!.Timeline.Single(e => e.Kind == "Confirmed");
        var text = s.Read(confirmed);
        Assert.Equal("Деңгейі: орташа; жоспарлы жою уақыты: 20.11.2026 15:30 (UTC+5)", text.Split('\n')[0]);
        Assert.Contains("Иван Петров", text);
        Assert.DoesNotContain("средний", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Уровень", text, StringComparison.Ordinal);
        Assert.Equal("Жақсыбеков Ерлан Серікұлы", TimelineWording.Actor(confirmed));
        Assert.Equal("Мүмкін деңгейі: орташа. Хат: ", s.Read(view.Timeline.Single(e => e.Kind == "ConfirmationAlertSent"))[..29]);

        InCulture("ru-RU");
        Assert.Equal("Уровень: средний; плановое устранение: 20.11.2026 15:30 (UTC+5)", s.Read(confirmed).Split('\n')[0]);
        Assert.Equal("Жаксыбеков Ерлан Серикович", TimelineWording.Actor(confirmed));
    }

    private static void InCulture(string name) => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo(name), new CultureInfo(name));
}
