using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Features.Incidents;
using GosZakup.Console.Web.Features.MailTemplates;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Tests;

/// <summary>Issue 16 §5: every timeline code reads as words in kk, ru and en: no missing resource, no raw code, every value
/// in its place, and what a person typed as typed.</summary>
public sealed partial class TimelineWordingTests : IDisposable
{
    private readonly (CultureInfo, CultureInfo) original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;

    private static readonly DateTime At = new(2026, 11, 20, 10, 30, 0, DateTimeKind.Utc); // 15:30 in Astana
    private static readonly string Cause = FailureCauseCatalogue.All[0].Code;

    /// <summary>Every code of <see cref="Timeline"/>, with values of every kind it can carry.</summary>
    public static IReadOnlyList<TimelineItem> Samples { get; } =
    [
        Timeline.AppealReceived(AppealChannel.Email),
        Timeline.Registered("INC-2026-000042"),
        Timeline.Assigned(),
        Timeline.Confirmed(Severity.Medium, At, Timeline.Participants(["Иван Петров"], false)),
        Timeline.Refuted("Ошибка не воспроизведена.", Timeline.Participants([], true)),
        Timeline.Classified(Cause),
        Timeline.LevelChanged(Severity.Medium, Severity.Low, "Затронут один участник."),
        Timeline.PlannedFixChanged(At),
        Timeline.FixStarted(),
        Timeline.Fixed(At),
        Timeline.Closed(),
        Timeline.ConfirmationAlertSent(Severity.High, ["wg.head@minfin.kz", "owner.security@minfin.kz"]),
        .. MailTemplateCatalogue.All.Select(k => Timeline.NoticeQueued(k.Kind, ["user@mail.kz"])),
        Timeline.MailSent(MailTemplateCatalogue.WorkingGroupAlert.Kind, "Подтверждён технический сбой"),
        Timeline.MailWaiting(MailTemplateCatalogue.FixNotice.Kind),
        Timeline.MailFailing(MailTemplateCatalogue.FixNotice.Kind, "SocketException: Connection refused", 3, At),
        Timeline.Contact(ContactKind.PhoneCall, "+7 701 234 56 78", "Сообщили плановое время."),
        Timeline.Contact(ContactKind.WrittenLetter, "akimat@gov.kz", "Письмо вручено."),
        Timeline.AnnouncementPublished("Жұмыс уақытша тоқтады", "Работа временно приостановлена"),
        Timeline.EvidenceAdded("reproduction.png"),
        Timeline.Linked("INC-2026-000043", "Тот же 503."),
        Timeline.Unlinked("INC-2026-000043"),
        Timeline.Referred(ReferralKind.LawEnforcement, "ДЭР МФ РК", "№ 04-12/8813", null),
        Timeline.Referred(ReferralKind.OutsideSpecialists, "ТОО «Аудит»", null, "письмо МФ РК № 12-3/4567"),
        Timeline.ExtensionsApproved(1250),
        Timeline.ExtensionsPublished(3),
        Timeline.ExtensionOverridden("15423872-1", DeadlineKind.AcceptanceEnd, At, "По письму Заказчика."),
        Timeline.RegionalLossRecorded("Абайская область", At, At.AddHours(5), null),
        Timeline.RegionalLossRecorded("Абайская область", At, At.AddHours(5), "Письмо оператора связи № 5"),
        Timeline.ForceMajeureRecorded(At, At.AddDays(1), "Отключение электроэнергии в ЦОД.", null, null),
        Timeline.ForceMajeureRecorded(At, At.AddDays(1), "Отключение электроэнергии в ЦОД.", "Министерство финансов", "№ 1-2/3"),
        Timeline.ForceMajeureNoticeSent(["owner@minfin.kz"], "Форс-мажор туралы", "О форс-мажоре"),
        Timeline.ActDrafted("2026-007"),
        Timeline.ActDrafted("2026-008", corrects: "2026-007"),
        Timeline.ActStep("ActSaved", "2026-007"),
        Timeline.ActStep("ActSubmitted", "2026-007"),
        Timeline.ActStep("ActReturned", "2026-007", "Уточните период."),
        Timeline.ActStep("ActPublished", "2026-007"),
        Timeline.ActSigned("2026-007", "Абенова Гульнар Кайратовна"),
        .. new[] { "SecurityReturned", "SecurityCredited", "SecurityLetter", "SecurityRefunded" }
            .Select(kind => Timeline.SecurityStep(kind, "2026-007", "ТОО «Арман Сервис»", "130540011227", 1_480_000m, At)),
        Timeline.ComplaintReceived("ЖТ-17/412", "О сроках устранения"),
        Timeline.ComplaintAnswered("ЖТ-17/412", ComplaintPriority.High, confirmed: true),
        Timeline.ComplaintAnswered("ЖТ-17/412", ComplaintPriority.Low, confirmed: false),
        Timeline.OwnerReportSent("Резервтік арна енгізу.", "Ввести резервный канал."),
    ];

    public static TheoryData<string> Cultures => ["kk-KZ", "ru-RU", "en-US"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_code_reads_as_words_with_every_value_in_place(string culture)
    {
        var (l, wording) = InCulture(culture);
        foreach (var sample in Samples)
        {
            var header = l[$"Timeline.{sample.Kind}"];
            Assert.False(header.ResourceNotFound, $"{culture}: no header for {sample.Kind}");
            var text = wording.Detail(sample.Kind, sample.Args);
            var positional = sample.Args.Count(a => !a.IsLine);
            if (positional > 0)
            {
                var detail = l[$"Timeline.{sample.Kind}.Detail"];
                Assert.False(detail.ResourceNotFound, $"{culture}: no sentence for {sample.Kind}");
                Assert.Equal(positional, Placeholder().Matches(detail.Value).Select(m => m.Value).Distinct().Count());
            }
            Assert.DoesNotMatch(ResourceKey(), text);
            Assert.DoesNotContain(sample.Kind, text, StringComparison.Ordinal);
            foreach (var arg in sample.Args)
                CheckValue(culture, sample.Kind, arg, text);
        }
    }

    [Fact]
    public void Every_timeline_header_in_the_resources_has_a_sample_here()
    {
        var english = new ResourceManager(typeof(SharedResource)).GetResourceSet(CultureInfo.InvariantCulture, true, false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key);
        var headers = english.Where(k => k.StartsWith("Timeline.", StringComparison.Ordinal) && k.Count(c => c == '.') == 1).Select(k => k[9..]);

        Assert.Empty(headers.Except(Samples.Select(s => s.Kind)));
    }

    [Fact]
    public void Values_survive_the_database_as_the_same_types()
    {
        var sample = Timeline.SecurityStep("SecurityReturned", "2026-007", "ТОО «Арман Сервис»", "130540011227", 1_480_000.5m, At);

        Assert.Equal(sample.Args, TimelineArgs.Read(TimelineArgs.Write(sample.Args)));
        Assert.Contains("ТОО «Арман Сервис»", TimelineArgs.Write(sample.Args)); // readable in the database, not escaped
    }

    [Fact]
    public void Money_and_times_read_in_the_Kazakhstan_format_and_Astana_time()
    {
        var (_, wording) = InCulture("ru-RU");
        var sample = Timeline.SecurityStep("SecurityRefunded", "2026-007", "ТОО «Арман Сервис»", "130540011227", 1_480_000m, At);

        Assert.Equal("Акт № 2026-007: ТОО «Арман Сервис» (130540011227), 1\u202F480\u202F000,00\u00A0₸, 20.11.2026 15:30 (UTC+5)",
            wording.Detail(sample.Kind, sample.Args));
    }

    private static void CheckValue(string culture, string kind, TimelineArg arg, string text)
    {
        var where = $"{culture}: {kind} {arg.Type} {arg.Value}";
        switch (arg.Type)
        {
            case TimelineArg.TextType or TimelineArg.NoteType:
                Assert.True(text.Contains(arg.Value, StringComparison.Ordinal), where);
                break;
            case TimelineArg.InstantType:
                Assert.True(text.Contains(GosZakup.Console.Domain.Calendar.AstanaTime.Labelled(DateTime.Parse(arg.Value, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal)), StringComparison.Ordinal), where);
                break;
            case TimelineArg.PhraseType when arg.Second is not null:
                Assert.True(text.Contains(arg.Second, StringComparison.Ordinal), where);
                break;
            case TimelineArg.BilingualType:
                Assert.True(text.Contains(culture.StartsWith("kk", StringComparison.Ordinal) ? arg.Value : arg.Second!, StringComparison.Ordinal), where);
                break;
            case TimelineArg.MailType or TimelineArg.CauseType:
                Assert.False(text.Contains(arg.Value, StringComparison.Ordinal), where); // the code itself never shows
                break;
        }
    }

    private static (IStringLocalizer<SharedResource>, TimelineWording) InCulture(string culture)
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo(culture), new CultureInfo(culture));
        var l = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();
        return (l, new TimelineWording(l));
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary>A resource key shown because its resource is missing: "Severity.Medium", "Channel.Email", "Timeline.X.Detail".</summary>
    [GeneratedRegex(@"\b(Timeline|Severity|Channel|MailTemplates|Complaints|Procurements|Referral|Extensions|Incident)\.[A-Za-z]")]
    private static partial Regex ResourceKey();
}
