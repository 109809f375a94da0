using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Staff;
using GosZakup.Console.Infrastructure.Obligations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using NodaTime;

namespace GosZakup.Console.Web.Features.Calendar;

public partial class CalendarPage
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    /// <summary>A month to open, e.g. <c>?month=2026-12</c> (links and bookmarks); else the current Astana month.</summary>
    [SupplyParameterFromQuery] public string? Month { get; set; }

    /// <summary>The calendar to open: <c>?calendar=state</c>; else the contact centre's.</summary>
    [SupplyParameterFromQuery(Name = "calendar")] public string? CalendarCode { get; set; }

    private CalendarName selected = CalendarName.ContactCentre;

    private WorkingCalendar? calendar;
    private YearMonth month;
    private IReadOnlyList<CalendarDay?> Cells = [];
    private IReadOnlyList<MovedDeadline>? moved;
    private bool isAdmin;

    private IEnumerable<string> Weekdays => Enumerable.Range(0, 7)
        .Select(i => System.Globalization.CultureInfo.CurrentUICulture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)((i + 1) % 7)));

    private string MonthTitle => new DateTime(month.Year, month.Month, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.CurrentUICulture);

    protected override async Task OnInitializedAsync()
    {
        isAdmin = (await AuthState).User.IsInRole(StaffRole.Admin);
        var today = AstanaTime.FromInstant(Clock.GetUtcNow()).Date;
        month = NodaTime.Text.YearMonthPattern.Iso.Parse(Month ?? "") is { Success: true } asked ? asked.Value : new YearMonth(today.Year, today.Month);
        selected = CalendarNames.TryParse(CalendarCode, out var chosen) ? chosen : CalendarName.ContactCentre;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        calendar = await Store.CurrentAsync(selected);
        var first = month.OnDayOfMonth(1);
        var blanks = (int)first.DayOfWeek - 1;
        Cells = Enumerable.Repeat<CalendarDay?>(null, blanks)
            .Concat(Enumerable.Range(0, month.Calendar.GetDaysInMonth(month.Year, month.Month)).Select(i => (CalendarDay?)calendar.Day(first.PlusDays(i))))
            .ToList();
    }

    private Task SelectAsync(int index)
    {
        selected = CalendarNames.All[index];
        return LoadAsync();
    }

    private Task MoveAsync(int months)
    {
        month = month.PlusMonths(months);
        return LoadAsync();
    }

    private static string CellClass(CalendarDay day) =>
        "calendar-cell " + (day.IsWorking ? "calendar-working" : "calendar-closed") + (day.Override is null ? "" : " calendar-exception");

    private async Task EditAsync(CalendarDay? day)
    {
        if (!isAdmin) return;
        var versions = day?.Override is null ? [] : await Admin.VersionsAsync(selected, day.Date, day.Date);
        var parameters = new DialogParameters<OverrideDialog> { { d => d.Form, OverrideDialog.FormFor(selected, day, versions) } };
        var dialog = await Dialogs.ShowAsync<OverrideDialog>(L["Calendar.Edit"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is null || result.Canceled) return;
        if (result.Data is string message) Snackbar.Add(message, Severity.Info);
        await LoadAsync();
    }

    private async Task RecomputeAsync() => moved = await Admin.RecomputeOpenDeadlinesAsync();

    private static string Show(DateTime? utc) => utc is { } value ? AstanaTime.FromUtc(value).ToString("dd.MM.yyyy HH:mm", null) : "—";
}
