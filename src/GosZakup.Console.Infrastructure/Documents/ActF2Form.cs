using System.Globalization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The text of form F2 (annex 2 to R2) with an Act's values filled in: the Kazakh wording follows the
/// Kazakh original of the Rules, the Russian one its official Russian text. Where the printed form leaves a blank
/// to be filled or a choice to be underlined, the value stands after a colon, so any wording of a cause reads right.</summary>
public static class ActF2Form
{
    public const string Portal = "www.goszakup.gov.kz";

    public static BilingualText FormName { get; } = new("Қағидаларға 2-қосымша, F2 нысаны", "Приложение 2 к Правилам, форма F2");

    public static BilingualText City { get; } = new("Астана қ.", "г. Астана");

    public static BilingualText Title(string number) => new(
        $"Салдарынан баға ұсынысын беруге техникалық мүмкіндігі болмаған мемлекеттік сатып алу веб-порталының іркілісі туралы №\u00A0{number} акті",
        $"Акт №\u00A0{number} о сбое веб-портала государственных закупок, " +
        $"вследствие которого отсутствовала техническая возможность подачи ценового предложения");

    public static BilingualText Confirmation(ActDocument act)
    {
        var (from, to) = (Time(act.FailureFromUtc), Time(act.FailureToUtc));
        var (procurements, lots) = (string.Join(", ", act.ProcurementNumbers), string.Join(", ", act.LotNumbers));
        return new(
            $"Осы актімен {act.OperatorName.Kazakh} – электрондық мемлекеттік сатып алу саласындағы бірыңғай оператор " +
            $"{from} – {to} (Астана уақыты) аралығындағы кезеңде «Электрондық мемлекеттік сатып алу» автоматтандырылған " +
            $"интеграцияланған ақпараттық жүйесінің ({Portal}) «{act.Module.Kazakh}» аппараттық-бағдарламалық қамтамасыз етуі " +
            $"модулінде №\u00A0{lots} лоты (лоттары) №\u00A0{procurements} сатып алу бойынша техникалық іркіліс фактісін растайды.",
            $"Настоящим актом {act.OperatorName.Russian} – единый оператор в сфере электронных государственных закупок " +
            $"подтверждает факт технического сбоя в период с {from} до {to} (время Астаны) в модуле «{act.Module.Russian}» " +
            $"аппаратно-программного обеспечения автоматизированной интегрированной информационной системы «Электронные " +
            $"государственные закупки» ({Portal}) по закупке (закупкам) №\u00A0{procurements}, лоту (лотам) №\u00A0{lots}.");
    }

    public static BilingualText TypeLine(bool isOperatorRelated) => new(
        $"Техникалық іркіліс түрі: {Type(isOperatorRelated).Kazakh}.",
        $"Вид технического сбоя: {Type(isOperatorRelated).Russian}.");

    public static BilingualText Type(bool isOperatorRelated) => isOperatorRelated
        ? new("операторға байланысты", "связанный с оператором")
        : new("операторға тәуелсіз", "не зависящий от оператора");

    public static BilingualText LevelLine(Severity level) => new(
        $"Техникалық іркіліс күрделілігінің деңгейі: {Level(level).Kazakh}.",
        $"Уровень сложности технического сбоя: {Level(level).Russian}.");

    public static BilingualText Level(Severity level) => level switch
    {
        Severity.Low => new("төмен", "низкий"),
        Severity.Medium => new("орташа", "средний"),
        Severity.High => new("жоғары", "высокий"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static BilingualText CauseLine(BilingualText cause) => new(
        $"Техникалық іркілістің себебі: {cause.Kazakh}",
        $"Причина технического сбоя: {cause.Russian}");

    public static BilingualText Consequence { get; } = new(
        "Осыған байланысты төмендегі кестеде көрсетілген әлеуетті өнім берушіде (өнім берушілерде) баға ұсынысын берудің техникалық мүмкіндігі болмады.",
        "В связи с этим у потенциального поставщика (поставщиков), указанного в таблице ниже, " +
        "отсутствовала техническая возможность подачи ценового предложения.");

    public static IReadOnlyList<BilingualText> SupplierColumns { get; } =
    [
        BilingualText.Same("№"),
        new("Әлеуетті өнім берушінің атауы", "Наименование потенциального поставщика"),
        new("БСН/ЖСН", "БИН/ИИН"),
        new("Сатып алу №", "№ закупки"),
        new("Лот №", "№ лота"),
    ];

    /// <summary>A correction: a signed Act is never changed, so the new one names the Act it replaces.</summary>
    public static BilingualText Replaces(string number) => new(
        $"Осы акті №\u00A0{number} актінің орнына жасалды.",
        $"Настоящий акт составлен взамен акта №\u00A0{number}.");

    public static BilingualText Signature { get; } = new("қолы", "подпись");

    public static BilingualText FullName { get; } = new("аты-жөні", "Ф.И.О.");

    /// <summary>"Мөр орны" / "место печати".</summary>
    public static BilingualText SealPlace { get; } = new("М.О.", "М.П.");

    public static BilingualText Verification { get; } = new("Актінің түпнұсқалығын тексеру", "Проверка подлинности акта");

    public static string Date(DateTime utc) => AstanaTime.FromUtc(utc).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) => AstanaTime.Text(utc);
}
