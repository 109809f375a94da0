using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using static GosZakup.Console.Domain.Tests.Calendar.TestCalendar;

namespace GosZakup.Console.Domain.Tests.Obligations;

/// <summary>R2 §7: registration within 30 working minutes of the contact centre; an <b>e-mail</b> in the lunch break
/// within 30 minutes after it; an <b>e-mail</b> outside working hours on the next working day (legal limit: that
/// day's close; target: 30 working minutes after its opening). Both reliefs are written for e-mail only: every other
/// channel keeps the plain 30 minutes of working time, lunch counted (the Kazakh text: "электрондық почта бойынша
/// түскен жағдайда"). Rows: why, channel, received, legal limit, internal target ("" when it is the limit).</summary>
public class RegistrationDeadlineCases
{
    public static TheoryData<string, AppealChannel, string, string, string> Cases => new()
    {
        { "e-mail in working hours", AppealChannel.Email, "2026-11-20 10:00", "2026-11-20 10:30", "" },
        { "e-mail in lunch", AppealChannel.Email, "2026-11-20 13:10", "2026-11-20 15:30", "" },
        { "e-mail just before lunch", AppealChannel.Email, "2026-11-20 12:50", "2026-11-20 15:20", "" },
        { "phone just before lunch: no pause", AppealChannel.Phone, "2026-11-20 12:50", "2026-11-20 13:20", "" },
        { "operator specialist in lunch: no pause", AppealChannel.OperatorSpecialist, "2026-11-20 13:10", "2026-11-20 13:40", "" },
        { "e-mail Friday after closing: Saturday is the next working day", AppealChannel.Email, "2026-11-20 19:30", "2026-11-21 17:00", "2026-11-21 09:30" },
        { "e-mail Saturday after 17:00", AppealChannel.Email, "2026-11-21 17:30", "2026-11-23 19:00", "2026-11-23 09:30" },
        { "e-mail on Sunday", AppealChannel.Email, "2026-11-22 10:00", "2026-11-23 19:00", "2026-11-23 09:30" },
        { "e-mail before opening: the same day is the next working day", AppealChannel.Email, "2026-11-23 08:10", "2026-11-23 19:00", "2026-11-23 09:30" },
        { "letter on Independence Day: no next-day relief, 30 minutes after opening", AppealChannel.Letter, "2026-12-16 11:00", "2026-12-17 09:30", "" },
        { "forum post on New Year's Day: the working Saturday 3 January", AppealChannel.Forum, "2026-01-01 12:00", "2026-01-03 09:30", "" },
        { "monitoring alert at night", AppealChannel.Monitoring, "2026-11-24 03:00", "2026-11-24 09:30", "" },
        { "system log on the Owner-opened Sunday before it opens", AppealChannel.SystemLog, "2026-11-29 09:00", "2026-11-29 10:30", "" },
        { "monitoring alert on Sunday 03:00: Monday 09:30, not Monday 19:00", AppealChannel.Monitoring, "2026-11-22 03:00", "2026-11-23 09:30", "" },
        { "letter in lunch: lunch counts for a letter", AppealChannel.Letter, "2026-11-20 13:10", "2026-11-20 13:40", "" },
        { "forum post late in lunch", AppealChannel.Forum, "2026-11-20 14:50", "2026-11-20 15:20", "" },
        { "system log on Saturday 16:50 runs into Monday", AppealChannel.SystemLog, "2026-11-21 16:50", "2026-11-23 09:20", "" },
        { "e-mail in Saturday's lunch waits it out", AppealChannel.Email, "2026-11-21 13:30", "2026-11-21 15:30", "" },
        { "phone on Saturday after 17:00: Monday morning", AppealChannel.Phone, "2026-11-21 17:30", "2026-11-23 09:30", "" },
        { "e-mail on the eve of Independence Day after closing: the day after the holiday",
            AppealChannel.Email, "2026-12-15 19:30", "2026-12-17 19:00", "2026-12-17 09:30" },
        { "monitoring alert on the eve of Independence Day after closing", AppealChannel.Monitoring, "2026-12-15 19:30", "2026-12-17 09:30", "" },
        { "letter on 31 December after closing: Monday 4 January 2027", AppealChannel.Letter, "2026-12-31 20:00", "2027-01-04 09:30", "" },
        { "monitoring alert after closing before 1 March 2024 (UTC+6)", AppealChannel.Monitoring, "2024-02-29 19:30", "2024-03-01 09:30", "" },
        { "e-mail before opening on 1 March 2024, the first day of UTC+5", AppealChannel.Email, "2024-03-01 08:30", "2024-03-01 19:00", "2024-03-01 09:30" },
        { "phone during Nauryz: the first working day after it", AppealChannel.Phone, "2026-03-22 12:00", "2026-03-25 09:30", "" },
        { "specialist before opening on a Sunday made working (synthetic)", AppealChannel.OperatorSpecialist, "2026-12-06 08:00", "2026-12-06 09:30", "" },
        { "e-mail at 18:45 is in hours and runs into the morning", AppealChannel.Email, "2026-11-23 18:45", "2026-11-24 09:15", "" },
        { "phone at 18:45", AppealChannel.Phone, "2026-11-23 18:45", "2026-11-24 09:15", "" },
        { "e-mail during Nauryz", AppealChannel.Email, "2026-03-22 12:00", "2026-03-25 19:00", "2026-03-25 09:30" },
        { "e-mail after closing before 1 March 2024 (UTC+6)", AppealChannel.Email, "2024-02-29 19:30", "2024-03-01 19:00", "2024-03-01 09:30" },
        { "e-mail on 31 December after closing", AppealChannel.Email, "2026-12-31 20:00", "2027-01-04 19:00", "2027-01-04 09:30" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Registration_deadline(string why, AppealChannel channel, string received, string due, string target)
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, Astana(received), Channel: channel),
            Both, ObligationSettings.Default).Single(p => p.Code == "register");

        Assert.True(due == Show(plan.DueAt!.Value), $"{why}: limit {Show(plan.DueAt!.Value)}");
        Assert.True(target == (plan.TargetAt is { } t ? Show(t) : ""), $"{why}: target {(plan.TargetAt is { } x ? Show(x) : "none")}");
        Assert.Equal("R2 §7", plan.Clause);
    }

    [Fact]
    public void With_the_lunch_setting_off_an_e_mail_in_lunch_counts_lunch()
    {
        var settings = ObligationSettings.Default with { EmailWaitsOutLunch = false };


        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, Astana("2026-11-20 13:10"), Channel: AppealChannel.Email),
            Both, settings).Single();

        Assert.Equal("2026-11-20 13:40", Show(plan.DueAt!.Value));
    }

    [Fact]
    public void Registration_counts_on_the_contact_centres_calendar()
    {
        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, Astana("2026-11-21 10:00"), Channel: AppealChannel.Phone),
            Both, ObligationSettings.Default).Single();

        Assert.Equal(("2026-11-21 10:30", CalendarName.ContactCentre), (Show(plan.DueAt!.Value), plan.Calendar));
    }

    [Fact]
    public void Only_the_channels_in_the_setting_get_the_reliefs()
    {
        var settings = ObligationSettings.Default with { ReliefChannels = new HashSet<AppealChannel> { AppealChannel.Email, AppealChannel.Letter } };

        var plan = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.AppealReceived, Astana("2026-11-22 03:00"), Channel: AppealChannel.Letter),
            Both, settings).Single();

        Assert.Equal("2026-11-23 19:00", Show(plan.DueAt!.Value));
    }
}
