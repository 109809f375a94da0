using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Commands;
using GosZakup.Console.Web.Features.Acts;
using GosZakup.Console.Web.Features.Complaints;
using GosZakup.Console.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static GosZakup.Console.IntegrationTests.Complaints.ComplaintScenario;
using static GosZakup.Console.IntegrationTests.Documents.ActF2PdfTests;

namespace GosZakup.Console.IntegrationTests.Complaints;

/// <summary>R2 §30-§31: the Working Group head's complaint letter, its 2-working-day answer, refusals and the answer letter.</summary>
public sealed class ComplaintTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registering_plans_the_answer_for_the_close_of_the_second_working_day()
    {
        await using var scenario = await StartAsync();

        var id = await scenario.RegisterAsync(scenario.IncidentNumber);

        var complaint = await scenario.ComplaintAsync(id);
        // Received Friday 20 November 12:10: the answer is an office duty on the state's five-day week (R2 §31), so
        // Monday 23 and Tuesday 24 are the two working days, closing at 18:30.
        Assert.Equal(("20.11.2026 12:10", "24.11.2026 18:30", ComplaintState.Received),
            (Astana(complaint.ReceivedAtUtc), Astana(complaint.AnswerDueAtUtc), complaint.State));
        Assert.Equal((scenario.IncidentNumber, "Бауыржан Омаров", "text/plain"), (complaint.IncidentNumber, complaint.FromName, complaint.ContentType));
        var duty = Assert.Single(await scenario.DutiesAsync());
        Assert.Equal(("complaint-answer", "R2 §31", id.ToString(), "24.11.2026 18:30"), (duty.Code, duty.Clause, duty.SubjectId, Astana(duty.DueAtUtc)));
        Assert.Equal(Domain.Calendar.CalendarName.State, duty.Calendar);
        Assert.True(duty.IsOpen);
        Assert.Contains(await scenario.TimelineAsync(), e => e.Kind == "ComplaintReceived" && e.Arguments!.Contains("ЖТ-17/412", StringComparison.Ordinal));
        Assert.True(File.Exists(scenario.Services.Get<Web.Features.Inbox.AttachmentFolder>().PathOf(complaint.Sha256)));
    }

    [Fact]
    public async Task Answering_meets_the_duty_and_records_the_answer()
    {
        await using var scenario = await StartAsync();
        var id = await scenario.RegisterAsync(scenario.IncidentNumber);
        scenario.ClockAt("23 10:30");

        var answered = await scenario.Commands.AnswerAsync(id, (await scenario.ComplaintAsync(id)).Version, Answer(), Supervisor, Ct);

        Assert.True(answered.Succeeded, $"{answered.Refusal}");
        var complaint = await scenario.ComplaintAsync(id);
        Assert.Equal((ComplaintState.Answered, ComplaintPriority.High, true, "23.11.2026 14:00", "24.11.2026 18:00", "23.11.2026 10:30", "supervisor@demo.kz"),
            (complaint.State, complaint.Priority, complaint.Confirmed, Astana(complaint.FixStartAtUtc), Astana(complaint.FixByUtc),
                Astana(complaint.AnsweredAtUtc), complaint.AnsweredByName));
        var duty = Assert.Single(await scenario.DutiesAsync());
        Assert.Equal(("23.11.2026 10:30", "supervisor@demo.kz"), (Astana(duty.MetAtUtc), duty.MetByName));
        Assert.Equal(["ComplaintReceived", "ComplaintAnswered"],
            (await scenario.TimelineAsync()).Where(e => e.Kind.StartsWith("Complaint", StringComparison.Ordinal)).Select(e => e.Kind));
    }

    [Fact]
    public async Task An_unconfirmed_failure_needs_no_fix_dates_and_keeps_none()
    {
        await using var scenario = await StartAsync();
        var id = await scenario.RegisterAsync();
        var answer = Answer();
        (answer.Confirmed, answer.FixStartAt, answer.FixBy) = (false, null, null);

        Assert.True((await scenario.Commands.AnswerAsync(id, (await scenario.ComplaintAsync(id)).Version, answer, Supervisor, Ct)).Succeeded);

        var complaint = await scenario.ComplaintAsync(id);
        Assert.Equal((false, (DateTime?)null, (DateTime?)null, (string?)null),
            (complaint.Confirmed, complaint.FixStartAtUtc, complaint.FixByUtc, complaint.IncidentNumber));
    }

    [Fact]
    public async Task Only_a_Supervisor_or_Manager_registers_and_only_a_Supervisor_answers()
    {
        await using var scenario = await StartAsync();
        using var letter = Letter();

        var byOperator = await scenario.Commands.RegisterAsync(scenario.Form(), "complaint.txt", letter, Operator, Ct);
        Assert.Equal((RefusalCode.RoleNotAllowed, "Complaints.Error.RegisterRole"), (byOperator.Refusal, byOperator.Reason?.Key));
        Assert.Empty(await scenario.DutiesAsync());

        var id = await scenario.RegisterAsync(by: Manager);
        var version = (await scenario.ComplaintAsync(id)).Version;
        var byManager = await scenario.Commands.AnswerAsync(id, version, Answer(), Manager, Ct);
        Assert.Equal((RefusalCode.RoleNotAllowed, "Complaints.Error.AnswerRole"), (byManager.Refusal, byManager.Reason?.Key));
        Assert.Equal(ComplaintState.Received, (await scenario.ComplaintAsync(id)).State);
        Assert.True((await scenario.DutiesAsync()).Single().IsOpen);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_the_first_answer_kept()
    {
        await using var scenario = await StartAsync();
        var id = await scenario.RegisterAsync();
        var version = (await scenario.ComplaintAsync(id)).Version;
        Assert.True((await scenario.Commands.AnswerAsync(id, version, Answer(), Supervisor, Ct)).Succeeded);

        var second = Answer();
        (second.Priority, second.Causes) = (ComplaintPriority.Low, "Другая причина");
        var stale = await scenario.Commands.AnswerAsync(id, version, second, Supervisor, Ct);

        Assert.False(stale.Succeeded);
        Assert.Equal(RefusalCode.Stale, stale.Refusal);
        var complaint = await scenario.ComplaintAsync(id);
        Assert.Equal((ComplaintPriority.High, Answer().Causes), (complaint.Priority, complaint.Causes));
    }

    [Fact]
    public async Task Missing_fields_are_named_and_nothing_is_saved()
    {
        await using var scenario = await StartAsync();

        var empty = await scenario.Commands.RegisterAsync(new ComplaintForm(), null, null, Supervisor, Ct);
        Assert.Equal(["File", "FromMemberId", "LetterDate", "LetterNumber", "ReceivedAt", "Subject", "Summary"],
            empty.FieldErrors.Keys.Order(StringComparer.Ordinal));

        using (var letter = Letter())
        {
            var unknown = await scenario.Commands.RegisterAsync(scenario.Form("INC-2026-999999"), "complaint.txt", letter, Supervisor, Ct);
            Assert.Equal(["IncidentNumber"], unknown.FieldErrors.Keys);
            Assert.Equal("Complaints.Error.IncidentNotFound", unknown.FieldErrors["IncidentNumber"].Key);
            Assert.Equal(["INC-2026-999999"], unknown.FieldErrors["IncidentNumber"].Args);
        }
        using (var letter = Letter())
        {
            var notHead = scenario.Form();
            await using (var db = scenario.Services.NewDb())
                notHead.FromMemberId = await db.Set<WorkingGroupMemberRecord>().Where(m => !m.IsHead).Select(m => m.Id).SingleAsync(Ct);
            Assert.Equal(["FromMemberId"], (await scenario.Commands.RegisterAsync(notHead, "complaint.txt", letter, Supervisor, Ct)).FieldErrors.Keys);
        }
        using (var program = new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]))
            Assert.Equal(["File"], (await scenario.Commands.RegisterAsync(scenario.Form(), "run.exe", program, Supervisor, Ct)).FieldErrors.Keys);
        await using (var db = scenario.Services.NewDb())
            Assert.False(await db.Set<WorkingGroupComplaintRecord>().AnyAsync(Ct));
        Assert.Empty(await scenario.DutiesAsync());

        var id = await scenario.RegisterAsync();
        var version = (await scenario.ComplaintAsync(id)).Version;
        var blank = await scenario.Commands.AnswerAsync(id, version, new ComplaintAnswerForm(), Supervisor, Ct);
        Assert.Equal(["Causes", "Confirmed", "Priority"], blank.FieldErrors.Keys.Order(StringComparer.Ordinal));
        var noFixDate = Answer();
        noFixDate.FixBy = null;
        Assert.Equal(["FixBy"], (await scenario.Commands.AnswerAsync(id, version, noFixDate, Supervisor, Ct)).FieldErrors.Keys);
        var backwards = Answer();
        backwards.FixBy = At("22 10:00");
        Assert.Equal(["FixBy"], (await scenario.Commands.AnswerAsync(id, version, backwards, Supervisor, Ct)).FieldErrors.Keys);
        Assert.Equal(ComplaintState.Received, (await scenario.ComplaintAsync(id)).State);
    }

    [Fact]
    public async Task The_duty_names_the_complaint_and_opens_its_page()
    {
        await using var scenario = await StartAsync();
        var id = await scenario.RegisterAsync();
        await using var db = scenario.Services.NewDb();

        var subjects = await DutySubjects.LoadAsync(db, await scenario.DutiesAsync(), Ct);

        var subject = subjects[("Complaint", id.ToString())];
        Assert.Equal(("№ ЖТ-17/412", $"/working-group/complaints/{id}"), (subject.Label, subject.Link));
        Assert.Equal(subject.Link, subject.LinkFor(["Supervisor"]));
    }

    [Fact]
    public async Task The_answer_letter_reads_back_in_Kazakh_and_in_Russian()
    {
        await using var scenario = await StartAsync();
        var id = await scenario.RegisterAsync(scenario.IncidentNumber);
        Assert.Null(ComplaintFiles.DocumentOf(await scenario.ComplaintAsync(id), new SingleOperator()));
        scenario.ClockAt("23 10:30");
        Assert.True((await scenario.Commands.AnswerAsync(id, (await scenario.ComplaintAsync(id)).Version, Answer(), Supervisor, Ct)).Succeeded);
        var complaint = await scenario.ComplaintAsync(id);

        var bytes = ComplaintAnswerPdf.Render(ComplaintFiles.DocumentOf(complaint, new SingleOperator())!);

        Assert.Equal(bytes, ComplaintAnswerPdf.Render(ComplaintFiles.DocumentOf(complaint, new SingleOperator())!));
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        var kazakh = Text(pdf.GetPage(1));
        foreach (var expected in new[]
                 {
                     "«Электрондық қаржы орталығы» АҚ", "Жұмыс тобының басшысына", "Бауыржан Омаров", "Жұмыс тобының шағымына жауап",
                     "20.11.2026 № ЖТ-17/412 хатқа жауап", "«Баға ұсыныстарын беру мүмкін болмады» шағымы бойынша",
                     "Басымдық: жоғары.", "Себептері: Серверлердің бірінде жады толып кетті.", "Шағымда көрсетілген іркіліс расталды.",
                     $"Оқиғаның тіркеу нөмірі: {scenario.IncidentNumber}.", "Жою мерзімдері: 23.11.2026 14:00 бастап 24.11.2026 18:00 дейін",
                     "supervisor@demo.kz", "Күні: 23.11.2026",
                 })
            Assert.Contains(Squeeze(expected), kazakh);
        var russian = Text(pdf.GetPage(2));
        foreach (var expected in new[]
                 {
                     "АО «Центр электронных финансов»", "Руководителю Рабочей группы", "Ответ на жалобу Рабочей группы",
                     "Ответ на письмо № ЖТ-17/412 от 20.11.2026", "(получено 20.11.2026 12:10)", "Приоритет: высокий.",
                     "Сбой, указанный в жалобе, подтверждён.", $"Регистрационный номер инцидента: {scenario.IncidentNumber}.",
                     "Сроки устранения: с 23.11.2026 14:00 до 24.11.2026 18:00 (время Астаны, UTC+5).", "Дата: 23.11.2026",
                 })
            Assert.Contains(Squeeze(expected), russian);
    }
}
