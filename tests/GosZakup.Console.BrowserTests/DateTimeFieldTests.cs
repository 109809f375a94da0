using System.Text.RegularExpressions;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static Microsoft.Playwright.Assertions;

namespace GosZakup.Console.BrowserTests;

/// <summary>Issue 16 §1: the date-and-time fields typed as a person types, at human speed, every segment with a leading
/// zero — the native datetime-local control used to report an empty value at the "0" of "06" and wipe the rest.</summary>
public sealed class DateTimeFieldTests(ConsoleApp app, Chromium chromium)
{
    [Fact]
    public async Task An_operator_types_received_and_detected_times_with_leading_zeros_and_registration_stores_them()
    {
        var day = RecentDayWithLeadingZero();
        var received = $"{day:dd.MM.yyyy} 09:05";
        var detected = $"{day:dd.MM.yyyy} 08:07";
        var organisation = $"ТОО «Уақыт {Guid.NewGuid():N}»"[..22];
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Operator); // operator@demo.kz reads Kazakh
        await session.Page.GotoAsync("/inbox");
        await session.WaitForCircuitAsync();
        await session.ByTestId("inbox-new").ClickAsync();

        await Expect(session.Field("appeal-received")).ToHaveAttributeAsync("placeholder", "кк.аа.жжжж сс:мм");
        await session.Field("appeal-received").TypeOverAsync(received);
        await session.Page.Keyboard.PressAsync("Tab");
        await Expect(session.Field("appeal-received")).ToHaveValueAsync(received);
        await session.Field("appeal-organisation").FillAsync(organisation);
        await session.Field("appeal-bin").FillAsync("080340000123");
        await session.Field("appeal-phone").FillAsync("+7 701 234 56 78");
        await session.Field("appeal-description").FillAsync("Хаттаманы ЭЦҚ-мен қол қою кезінде қате шығады.");
        await session.Field("appeal-detected").TypeOverAsync(detected);
        await session.Page.Keyboard.PressAsync("Tab");

        // The dialog re-rendered with every field filled since, and the clock ticked: both times are still as typed.
        await session.WaitForCircuitAsync();
        await Expect(session.Field("appeal-received")).ToHaveValueAsync(received);
        await Expect(session.Field("appeal-detected")).ToHaveValueAsync(detected);
        await Expect(session.ByTestId("appeal-dialog").Locator(".mud-input-error")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("appeal-date-time-fields");

        await session.ByTestId("appeal-register").ClickAsync();
        // A time typed a day back and before office hours is shown for confirmation before it is stored.
        await Expect(session.ByTestId("review-received")).ToHaveTextAsync($"{received} (UTC+5)");
        await session.ByTestId("review-confirm").ClickAsync();
        var number = session.ByTestId("done-number");
        await Expect(number).ToBeVisibleAsync();

        var appeal = await StoredAppealAsync(organisation);
        Assert.Equal(received, AstanaTime.Text(appeal.ReceivedAtUtc));
        Assert.Equal(detected, AstanaTime.Text(appeal.DetectedAtUtc!.Value));
        var incident = Regex.Match(await number.InnerTextAsync(), @"INC-\d{4}-\d{6}").Value;
        await session.Page.GotoAsync($"/incidents/{incident}");
        await Expect(session.ByTestId("incident-appeal")).ToContainTextAsync($"{received} (UTC+5)");
    }

    [Fact]
    public async Task A_supervisor_types_a_calls_time_as_digits_with_leading_zeros_and_an_unfinished_time_is_explained_in_Russian()
    {
        const string at = "06.03.2026 09:05";
        var number = await TestIncidents.UnderAnalysisAsync(app, "Не открывается карточка лота в модуле «Аукцион».");
        await using var session = await BrowserSession.OpenAsync(app, chromium);
        await session.SignInAsync(DemoUsers.Supervisor); // supervisor@demo.kz reads Russian
        await session.Page.GotoAsync($"/incidents/{number}");
        await session.WaitForCircuitAsync();
        var field = session.Field("contact-at");
        await field.ScrollIntoViewIfNeededAsync();

        // Digits alone fill the segments: the field puts the dots, the space and the colon in. An unfinished time stays
        // as typed and says what is missing, in the reader's language.
        await field.TypeOverAsync("060320");
        await session.Page.Keyboard.PressAsync("Tab");
        await Expect(field).ToHaveValueAsync("06.03.20");
        await Expect(session.ByTestId("contact-panel")).ToContainTextAsync("Введите дату и время полностью: дд.мм.гггг чч:мм");
        await session.ScreenshotAsync("date-time-field-unfinished");

        await field.TypeOverAsync("060320260905");
        await session.Page.Keyboard.PressAsync("Tab");
        await Expect(field).ToHaveValueAsync(at);
        await Expect(session.ByTestId("contact-panel")).Not.ToContainTextAsync("Введите дату и время полностью");
        await session.Field("contact-who").FillAsync("Айгерім Сейітова, +7 701 111 22 33");
        await session.Field("contact-outcome").FillAsync("Сообщено по телефону.");
        await session.WaitForCircuitAsync();
        await Expect(field).ToHaveValueAsync(at);

        await session.ByTestId("contact-save").ClickAsync();
        await Expect(session.ByTestId("incident-timeline")).ToContainTextAsync($"{at} (UTC+5)");
    }

    /// <summary>A day of the last 30 (so the appeal is a plausible one, R2 §7) whose day of the month starts with "0".</summary>
    private static LocalDate RecentDayWithLeadingZero()
    {
        var day = AstanaTime.FromUtc(DateTime.UtcNow).Date.PlusDays(-1);
        while (day.Day >= 10)
            day = day.PlusDays(-1);
        return day;
    }

    private async Task<AppealRecord> StoredAppealAsync(string organisation)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<AppealRecord>().AsNoTracking().SingleAsync(a => a.OrganisationName == organisation, TestContext.Current.CancellationToken);
    }
}
