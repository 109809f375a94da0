using System.Globalization;
using GosZakup.Console.Infrastructure.WorkingGroup;
using PdfSharp.Pdf;

namespace GosZakup.Console.Infrastructure.Documents;

/// <summary>The operator's answer letter to a Working Group complaint (R2 §31) as a portrait A4 PDF: the Kazakh letter on
/// the first page, the Russian one on the next, with the DejaVu fonts of forms F2 and F3.</summary>
public static class ComplaintAnswerPdf
{
    public static BilingualText Title { get; } = new("Жұмыс тобының шағымына жауап", "Ответ на жалобу Рабочей группы");

    /// <summary>The same <paramref name="answer"/> gives the same bytes: nothing here reads the clock.</summary>
    public static byte[] Render(ComplaintAnswerDocument answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        StablePdfBytes.Describe(document, Title.Both, null, answer.AnsweredAtUtc);
        var seed = $"WGC|{answer.LetterNumber}|{answer.LetterDate:O}|{answer.AnsweredAtUtc:O}";
        StablePdfBytes.Identify(document, seed);

        var fonts = new FormFonts();
        using var pages = new PdfTablePages(document, [511], [""], fonts.Header, fonts.Cell, portrait: true);
        Letter(pages, fonts, answer, Kazakh(answer));
        Letter(pages, fonts, answer, Russian(answer));
        pages.Finish(fonts.Small);
        return StablePdfBytes.Save(document, seed);
    }

    private sealed record Wording(string Operator, string To, string Title, string Reference, IReadOnlyList<string> Body, string Signature, string Date);

    private static void Letter(PdfTablePages pages, FormFonts fonts, ComplaintAnswerDocument answer, Wording text)
    {
        pages.NewPage();
        pages.Line(text.Operator, fonts.Bold);
        pages.Skip(14);
        pages.Line(text.To, fonts.Body, x: 260);
        pages.Skip(18);
        pages.Centred(text.Title, fonts.Title, spaceAfter: 6);
        pages.Line(text.Reference, fonts.Body);
        pages.Skip(8);
        foreach (var paragraph in text.Body)
        {
            pages.Line(paragraph, fonts.Body);
            pages.Skip(5);
        }
        pages.Skip(24);
        pages.Spread(text.Signature, answer.AnsweredByName, fonts.Bold);
        pages.Skip(6);
        pages.Line(text.Date, fonts.Body);
    }

    private static Wording Kazakh(ComplaintAnswerDocument a)
    {
        var body = new List<string>
        {
            $"Сіздің {Date(a.LetterDate)} №\u00A0{a.LetterNumber} хатыңыз ({AstanaTime(a.ReceivedAtUtc)} алынды) «{a.Subject}» шағымы бойынша " +
            "мемлекеттік сатып алу веб-порталының бірыңғай операторы Қағидалардың 31-тармағына сәйкес мынаны хабарлайды.",
            $"Басымдық: {Priority(a.Priority).Kazakh}.",
            $"Себептері: {a.Causes}",
            a.Confirmed ? "Шағымда көрсетілген іркіліс расталды." : "Шағымда көрсетілген іркіліс расталмады.",
        };
        if (a.IncidentNumber is { } incident) body.Add($"Оқиғаның тіркеу нөмірі: {incident}.");
        if (a.Confirmed) body.Add(FixKazakh(a));
        return new(a.OperatorNameKk, Addressee(a, "Жұмыс тобының басшысына"), Title.Kazakh, $"{Date(a.LetterDate)} №\u00A0{a.LetterNumber} хатқа жауап",
            body, "Уәкілетті өкіл", $"Күні: {Date(a.AnsweredAtUtc)}");
    }

    private static Wording Russian(ComplaintAnswerDocument a)
    {
        var body = new List<string>
        {
            $"На Ваше письмо №\u00A0{a.LetterNumber} от {Date(a.LetterDate)} (получено {AstanaTime(a.ReceivedAtUtc)}) по жалобе «{a.Subject}» " +
            "единый оператор веб-портала государственных закупок в соответствии с пунктом 31 Правил сообщает следующее.",
            $"Приоритет: {Priority(a.Priority).Russian}.",
            $"Причины: {a.Causes}",
            a.Confirmed ? "Сбой, указанный в жалобе, подтверждён." : "Сбой, указанный в жалобе, не подтверждён.",
        };
        if (a.IncidentNumber is { } incident) body.Add($"Регистрационный номер инцидента: {incident}.");
        if (a.Confirmed) body.Add(FixRussian(a));
        return new(a.OperatorNameRu, Addressee(a, "Руководителю Рабочей группы"), Title.Russian,
            $"Ответ на письмо №\u00A0{a.LetterNumber} от {Date(a.LetterDate)}",
            body, "Уполномоченный представитель", $"Дата: {Date(a.AnsweredAtUtc)}");
    }

    private static string FixKazakh(ComplaintAnswerDocument a) => a.FixStartAtUtc is { } start
        ? $"Жою мерзімдері: {AstanaTime(start)} бастап {Until(a.FixByUtc)} дейін (Астана уақыты, UTC+5)."
        : $"Жою мерзімі: {Until(a.FixByUtc)} дейін (Астана уақыты, UTC+5).";

    private static string FixRussian(ComplaintAnswerDocument a) => a.FixStartAtUtc is { } start
        ? $"Сроки устранения: с {AstanaTime(start)} до {Until(a.FixByUtc)} (время Астаны, UTC+5)."
        : $"Срок устранения: до {Until(a.FixByUtc)} (время Астаны, UTC+5).";

    public static BilingualText Priority(ComplaintPriority priority) => priority switch
    {
        ComplaintPriority.Low => new("төмен", "низкий"),
        ComplaintPriority.Medium => new("орташа", "средний"),
        ComplaintPriority.High => new("жоғары", "высокий"),
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, null),
    };

    private static string Addressee(ComplaintAnswerDocument a, string role) =>
        string.IsNullOrWhiteSpace(a.AddresseePosition) ? $"{role}\n{a.AddresseeName}" : $"{role}\n{a.AddresseePosition}\n{a.AddresseeName}";

    private static string Until(DateTime? utc) => utc is { } at ? AstanaTime(at) : "—";

    private static string AstanaTime(DateTime utc) => ActF2Form.Time(utc);

    private static string Date(DateTime utc) => ActF2Form.Date(utc);

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
