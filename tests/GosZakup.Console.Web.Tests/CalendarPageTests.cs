using Bunit;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Infrastructure.Calendar;
using GosZakup.Console.Web.Features.Calendar;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using NodaTime;

namespace GosZakup.Console.Web.Tests;

public class CalendarPageTests : ConsoleTestContext
{
    private async Task<IRenderedComponent<CalendarPage>> RenderAsync(params string[] roles)
    {
        AddAuthorization().SetAuthorized("someone@test.kz").SetRoles(roles);
        Services.AddCalendar();
        Services.AddSingleton(ObligationSettings.Default);
        await using (var db = await MigratedDatabaseAsync())
        {
            db.CalendarOverrides.Add(CalendarOverrideRecord.From(CalendarName.ContactCentre,
                new CalendarOverride(new LocalDate(2026, 11, 29), OverrideKind.OwnerOpenedDay, new WorkingHours(new(10, 0), new(16, 0)),
                    new("Иеленуші ашты", "Открыт Владельцем", "Opened by the Owner"), "letter No. 5")));
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }
        Render<MudPopoverProvider>();
        return Render<CalendarPage>(); // the pinned clock is in November 2026
    }

    [Fact]
    public async Task The_month_shows_hours_closed_days_and_exceptions_with_their_reason()
    {
        var cut = await RenderAsync("Operator");

        cut.WaitForAssertion(() => Assert.Contains("calendar-closed", cut.Find("[data-testid=day-2026-11-22]").ClassName));
        Assert.Contains("09:00–17:00", cut.Find("[data-testid=day-2026-11-21]").TextContent);
        var opened = cut.Find("[data-testid=day-2026-11-29]");
        Assert.Contains("10:00–16:00", opened.TextContent);
        Assert.Contains("Opened by the Owner", opened.TextContent);
        Assert.Equal("letter No. 5", opened.QuerySelector(".calendar-reason")!.GetAttribute("title"));
    }

    [Fact]
    public async Task Only_an_admin_is_offered_to_edit_and_recompute()
    {
        var operatorView = await RenderAsync("Operator");

        operatorView.WaitForAssertion(() => Assert.NotEmpty(operatorView.FindAll("[data-testid=calendar-grid] .calendar-cell")));
        Assert.Empty(operatorView.FindAll("[data-testid=calendar-add]"));
        Assert.Empty(operatorView.FindAll("[data-testid=calendar-recompute]"));
    }

    [Fact]
    public async Task The_R2_7_readings_are_shown_with_the_clause()
    {
        UseCulture("ru-RU");

        var cut = await RenderAsync("Admin");

        var rules = cut.Find("[data-testid=registration-rules]").TextContent;
        Assert.Contains("тридцати минут рабочего времени", rules);
        Assert.Contains("действуют для: электронная почта", rules); // R2 §7's reliefs are written for e-mail only
        Assert.NotEmpty(cut.FindAll("[data-testid=calendar-add]"));
    }

    [Fact]
    public async Task The_state_tab_shows_the_five_day_week_and_each_duty_names_its_calendar()
    {
        var cut = await RenderAsync("Operator");
        cut.WaitForAssertion(() => Assert.Contains("calendar-working", cut.Find("[data-testid=day-2026-11-21]").ClassName));

        await cut.InvokeAsync(() => cut.FindAll(".mud-tab")[1].Click());

        cut.WaitForAssertion(() => Assert.Contains("calendar-closed", cut.Find("[data-testid=day-2026-11-21]").ClassName));
        Assert.Contains("09:00–18:30", cut.Find("[data-testid=day-2026-11-20]").TextContent);
        Assert.DoesNotContain("Opened by the Owner", cut.Find("[data-testid=day-2026-11-29]").TextContent); // each calendar has its own days
        Assert.Equal("state",
            cut.Find("[data-testid=duty-calendars] tr[data-code=security-return] [data-testid=deadline-calendar]").GetAttribute("data-calendar"));
        Assert.Equal("contact-centre",
            cut.Find("[data-testid=duty-calendars] tr[data-code=register] [data-testid=deadline-calendar]").GetAttribute("data-calendar"));
    }
}
