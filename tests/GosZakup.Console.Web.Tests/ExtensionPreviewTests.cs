using Bunit;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Web.Features.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GosZakup.Console.Web.Tests;

/// <summary>The wizard's preview of moved deadlines says in words when nothing moves (issue 16 §7: it printed "0 … 0:").</summary>
public class ExtensionPreviewTests : ConsoleTestContext
{
    [Fact]
    public async Task When_no_deadline_coincides_it_says_so_instead_of_counting_zeros()
    {
        Services.AddSingleton<CalendarStore>().AddSingleton<Features.Incidents.IncidentNotifier>();
        Services.AddExtensions(new ConfigurationBuilder().Build());
        await using (var db = await MigratedDatabaseAsync())
        {
            db.Set<IncidentRecord>().Add(new IncidentRecord
            {
                Number = "INC-2026-000901", Year = 2026, Sequence = 901, RegisteredAtUtc = new DateTime(2026, 11, 20, 7, 0, 0, DateTimeKind.Utc),
                RegisteredByName = "operator@demo.kz", SystemModule = "Конкурс",
            });
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        var cut = Render<ExtensionPreview>(p => p.Add(c => c.IncidentNumber, "INC-2026-000901").Add(c => c.Level, Severity.Medium)
            .Add(c => c.Module, "Конкурс").Add(c => c.PlannedFix, new DateTime(2026, 11, 20, 15, 30, 0)));

        cut.WaitForAssertion(() => Assert.Contains("no deadline moves", cut.Find("[data-testid=wizard-extension-none]").TextContent));
        Assert.DoesNotContain("0 deadlines", cut.Find("[data-testid=wizard-extension-list]").TextContent);
    }
}
