using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Mail;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Incidents;
using Microsoft.EntityFrameworkCore;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary>R2 §25 on the scenario's incident (registered Friday 20 November 2026, 12:10 Astana): before a failure that may be
/// medium or high is confirmed, the Owner's information-security unit and the Working Group are alerted; the group's
/// information-security members who took part are recorded with the decision.</summary>
public sealed class ConfirmationAlertTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sending_the_alert_plans_and_meets_its_duty_and_writes_once_to_every_contact_of_both_lists()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist, Ct));
        s.ClockAt("12:20");

        await s.AlertAsync(Severity.Medium);

        var duty = Assert.Single(await s.DutiesAsync(), d => d.Code == "confirmation-alert");
        Assert.Equal((Utc("12:20"), Utc("12:25"), Utc("12:20"), "specialist@demo.kz"), (duty.TriggeredAtUtc, duty.DueAtUtc, duty.MetAtUtc, duty.MetByName));
        Assert.Equal("R2 §25", duty.Clause);
        Assert.Equal("mail to owner.security@minfin.kz, wg.security@minfin.kz, wg.head@minfin.kz", duty.MetNote); // the Owner's unit first, then by name
        var incident = await s.IncidentAsync();
        Assert.Equal((Utc("12:20"), "specialist@demo.kz"), (incident.ConfirmationAlertSentAtUtc, incident.ConfirmationAlertSentByName));

        var mail = (await s.DeliverAsync()).Where(m => m.Subject!.Contains("Подтверждение технического сбоя")).ToList();
        Assert.Equal(["owner.security@minfin.kz", "wg.head@minfin.kz", "wg.security@minfin.kz"], mail.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Contains("возможно уровня «средний»", mail[0].Subject);
        Assert.Contains("«орташа» деңгейлі болуы мүмкін", mail[0].Subject);
        Assert.Contains("Не подаётся ценовое предложение", mail[0].TextBody);
        var view = await s.Services.Get<IncidentQuery>().LoadAsync(s.Number, Ct);
        Assert.Contains(view!.Timeline, e => e.Kind == "ConfirmationAlertSent" && s.Read(e).Contains("owner.security@minfin.kz"));

        var again = await s.Do((c, i) => c.SendConfirmationAlertAsync(i.Id, i.Version, Severity.High, Specialist, Ct));
        Assert.Equal((RefusalCode.AlreadyDone, "Incident.Error.AlertAlreadySent"), (again.Refusal, again.Reason?.Key));
        Assert.Equal(3, await OutboxCountAsync(s, "confirmation-alert"));
    }

    [Fact]
    public async Task A_medium_confirmation_before_the_alert_is_refused_and_nothing_changes()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist, Ct));

        var result = await s.Do((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Medium), Supervisor, Ct));

        Assert.Equal((RefusalCode.NotAllowedFromStatus, "Incident.Error.AlertFirst"), (result.Refusal, result.Reason?.Key));
        var incident = await s.IncidentAsync();
        Assert.Equal((IncidentStatus.UnderAnalysis, (Severity?)null), (incident.Status, incident.Severity));
        Assert.Empty(await ParticipantsAsync(s));
        Assert.Equal(0, await OutboxCountAsync(s, "wg-alert"));
    }

    [Fact]
    public async Task The_confirmation_records_the_information_security_members_who_took_part()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist, Ct));
        await s.AlertAsync(Severity.High);

        await s.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.High), Specialist, Ct));

        Assert.Equal(["Иван Петров"], (await ParticipantsAsync(s)).Select(p => p.FullName));
        var view = await s.Services.Get<IncidentQuery>().LoadAsync(s.Number, Ct);
        Assert.Equal(["Иван Петров"], view!.SecurityParticipants);
        Assert.Contains("Иван Петров", s.Read(view.Timeline.Single(e => e.Kind == "Confirmed")));
    }

    [Fact]
    public async Task After_the_alert_a_refutation_says_who_took_part_or_that_none_did()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist, Ct));
        await s.AlertAsync(Severity.Medium);
        var decision = s.Decision(Severity.Low);
        decision.ReproductionResult = "Не воспроизводится: у пользователя истёк сертификат ЭЦП.";

        var blank = await s.Do((c, i) => c.RefuteAsync(i.Id, i.Version, decision, Specialist, Ct));
        Assert.Equal("Incident.Error.ParticipantsRequired", blank.FieldErrors[nameof(DecisionForm.SecurityMemberIds)].Key);
        (decision.NoSecurityMemberTookPart, decision.SecurityMemberIds) = (true, [SecurityMemberId]);
        Assert.True((await s.Do((c, i) =>
            c.RefuteAsync(i.Id, i.Version, decision, Specialist, Ct))).FieldErrors.ContainsKey(nameof(DecisionForm.SecurityMemberIds)));
        Assert.Equal(IncidentStatus.UnderAnalysis, (await s.IncidentAsync()).Status);

        decision.SecurityMemberIds = [];
        await s.Must((c, i) => c.RefuteAsync(i.Id, i.Version, decision, Specialist, Ct));

        var incident = await s.IncidentAsync();
        Assert.Equal((IncidentStatus.Refuted, true), (incident.Status, incident.NoSecurityMemberTookPart));
        Assert.Empty(await ParticipantsAsync(s));
        var view = await s.Services.Get<IncidentQuery>().LoadAsync(s.Number, Ct);
        Assert.Contains("No information-security member of the Working Group took part", s.Read(view!.Timeline.Single(e => e.Kind == "Refuted")));
    }

    [Fact]
    public async Task A_member_who_does_not_handle_information_security_cannot_be_recorded_as_taking_part()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist, Ct));
        await s.AlertAsync(Severity.Medium);
        Guid head;
        await using (var db = s.Services.NewDb())
            head = await db.Set<Infrastructure.WorkingGroup.WorkingGroupMemberRecord>().Where(m => m.IsHead).Select(m => m.Id).SingleAsync(Ct);
        var decision = s.Decision(Severity.Medium);
        decision.SecurityMemberIds = [head];

        var result = await s.Do((c, i) => c.ConfirmAsync(i.Id, i.Version, decision, Specialist, Ct));

        Assert.Equal((RefusalCode.Stale, "Incident.Error.ParticipantUnknown"), (result.Refusal, result.Reason?.Key));
        Assert.Null((await s.IncidentAsync()).Severity);
    }

    private static async Task<List<SecurityParticipantRecord>> ParticipantsAsync(IncidentScenario s)
    {
        var incident = await s.IncidentAsync();
        await using var db = s.Services.NewDb();
        return await db.Set<SecurityParticipantRecord>().AsNoTracking().Where(p => p.IncidentId == incident.Id).ToListAsync(Ct);
    }

    private static async Task<int> OutboxCountAsync(IncidentScenario s, string kind)
    {
        await using var db = s.Services.NewDb();
        return await db.Set<OutboxMessage>().CountAsync(m => m.Kind == kind, Ct);
    }
}
