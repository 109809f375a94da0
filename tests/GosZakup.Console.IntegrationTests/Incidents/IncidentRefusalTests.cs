using GosZakup.Console.Domain.Incidents;
using static GosZakup.Console.IntegrationTests.Incidents.IncidentScenario;
using GosZakup.Console.Web.Commands;

namespace GosZakup.Console.IntegrationTests.Incidents;

/// <summary>Bad input and out-of-order steps are refused with a message and change nothing.</summary>
public sealed class IncidentRefusalTests
{
    [Fact]
    public async Task Confirming_before_analysis_is_refused_and_nothing_changes()
    {
        await using var s = await StartAsync();
        var result = await s.Do((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Medium), Specialist));

        Assert.Equal((RefusalCode.NotAllowedFromStatus, "Incident.Error.OutOfOrder"), (result.Refusal, result.Reason?.Key));
        Assert.Equal(new ResourceText("Incident.Status.Registered"), result.Reason!.Args[0]);
        Assert.Equal((IncidentStatus.Registered, (Severity?)null), ((await s.IncidentAsync()).Status, (await s.IncidentAsync()).Severity));
    }

    [Fact]
    public async Task A_Specialist_may_not_lower_the_level_and_a_Supervisor_must_give_a_reason()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist));
        await s.AlertAsync(Severity.High);
        await s.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.High), Specialist));

        var bySpecialist = await s.Do((c, i) => c.ChangeLevelAsync(i.Id, i.Version, Severity.Low, "ошибка", Specialist));
        Assert.Equal((RefusalCode.RoleNotAllowed, "Incident.Error.Level.RoleNotAllowed"), (bySpecialist.Refusal, bySpecialist.Reason?.Key));
        var noReason = await s.Do((c, i) => c.ChangeLevelAsync(i.Id, i.Version, Severity.Low, " ", Supervisor));
        Assert.Equal((RefusalCode.ReasonRequired, "Incident.Error.Level.ReasonRequired"), (noReason.Refusal, noReason.Reason?.Key));
        Assert.Equal(Severity.High, (await s.IncidentAsync()).Severity);

        await s.Must((c, i) => c.ChangeLevelAsync(i.Id, i.Version, Severity.Low, "Затронут один участник, модуль работает.", Supervisor));
        // The duties low does not have are waived with the reason, not deleted.
        var waived = (await s.DutiesAsync()).Where(d => d.Waived).Select(d => d.Code).Order().ToList();
        Assert.Equal(["announce", "wg-alert"], waived);
    }

    [Fact]
    public async Task A_planned_fix_in_the_past_script_in_the_evidence_and_a_stale_version_are_refused()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Specialist));

        var past = await s.Do((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Medium, plannedFix: "11:00"), Specialist));
        Assert.Equal("Incident.Error.PlannedFixPast", past.FieldErrors["PlannedFixAt"].Key);

        var script = s.Decision(Severity.Medium);
        script.ReproductionResult = "<script>alert(1)</script>";
        Assert.True((await s.Do((c, i) => c.ConfirmAsync(i.Id, i.Version, script, Specialist))).FieldErrors.ContainsKey("ReproductionResult"));

        var stale = await s.IncidentAsync();
        await s.AlertAsync(Severity.Medium);
        await s.Must((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Medium), Specialist));
        var late = await s.Do((c, _) => c.StartFixAsync(stale.Id, stale.Version, Specialist));
        Assert.Equal((RefusalCode.Stale, "Incident.Error.Changed"), (late.Refusal, late.Reason?.Key));
        Assert.Equal(IncidentStatus.Confirmed, (await s.IncidentAsync()).Status);
    }

    [Fact]
    public async Task An_Operator_may_not_confirm()
    {
        await using var s = await StartAsync();
        await s.Must((c, i) => c.AssignAsync(i.Id, i.Version, Operator));
        var byOperator = await s.Do((c, i) => c.ConfirmAsync(i.Id, i.Version, s.Decision(Severity.Low), Operator));
        Assert.Equal((RefusalCode.RoleNotAllowed, "Incident.Error.Role"), (byOperator.Refusal, byOperator.Reason?.Key));
    }
}
