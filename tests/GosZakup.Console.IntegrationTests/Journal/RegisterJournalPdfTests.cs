using GosZakup.Console.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace GosZakup.Console.IntegrationTests.Journal;

public class RegisterJournalPdfTests
{
    private static readonly DateTime ExportedAt = new(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc);

    private static byte[] Render(IReadOnlyList<F1Row> rows)
        => RegisterJournalPdf.Render(rows, ExportedAt, Operator);

    private static readonly SingleOperator Operator = new()
    {
        HeadNameKk = "Әбдірахманов Ұлан Қайратұлы", HeadNameRu = "Абдрахманов Улан Кайратович",
        DepartmentKk = "Ақпараттық қауіпсіздік және техникалық әкімшілендіру департаментінің",
        DepartmentRu = "департамента информационной безопасности и технического администрирования",
    };

    // Text as PdfPig reads it back, without the spaces and line breaks that wrapping moves.
    private static string Text(UglyToad.PdfPig.Content.Page page) => Squeeze(string.Concat(page.Letters.Select(l => l.Value)));

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void The_journal_is_a_landscape_A4_page()
    {
        using var pdf = PdfDocument.Open(Render([JournalData.Row(1)]));

        var page = pdf.GetPage(1);
        Assert.True(page.Width > page.Height, $"{page.Width} x {page.Height}");
        Assert.Equal(842, page.Width, 0);
    }

    [Fact]
    public void Incident_numbers_and_Kazakh_letters_read_back_from_the_rows()
    {
        var rows = new[] { JournalData.Row(7, $"Қате: {JournalData.KazakhLetters} — бет ашылмайды"), JournalData.Row(8) };

        using var pdf = PdfDocument.Open(Render(rows));

        var text = Text(pdf.GetPage(1));
        Assert.Contains("INC-2026-000007", text);
        Assert.Contains("INC-2026-000008", text);
        Assert.Contains(Squeeze($"Қате: {JournalData.KazakhLetters} — бет ашылмайды"), text);
    }

    [Fact]
    public void The_title_is_the_forms_own_in_Kazakh_and_Russian()
    {
        using var pdf = PdfDocument.Open(Render([JournalData.Row(1)]));

        var text = Text(pdf.GetPage(1));
        // Annex 1 to R2 in the Kazakh original, and its Russian.
        Assert.Contains(Squeeze("Мемлекеттік сатып алу веб-порталының туындаған техникалық іркілістер туралы пайдаланушылардың өтініштерін есепке алу журналы"),
            text);
        Assert.Contains(Squeeze("Журнал учета обращений пользователей о возникших технических сбоях веб-портала государственных закупок"), text);
        Assert.Contains(Squeeze("Өтінім қабылдаған қызметкердің Т.А.Ж. / Ф.И.О. сотрудника, принявшего обращение"), text);
        Assert.DoesNotContain(Squeeze("тіркеу журналы"), text);
    }

    [Fact]
    public void The_last_page_ends_with_the_signatures_of_the_operators_head_and_the_configured_department()
    {
        using var pdf = PdfDocument.Open(Render(Enumerable.Range(1, 60).Select(i => JournalData.Row(i)).ToList()));

        var last = Text(pdf.GetPage(pdf.NumberOfPages));
        Assert.Contains(Squeeze("Оператордың басшысы"), last);
        Assert.Contains(Squeeze("Руководитель оператора"), last);
        Assert.Contains(Squeeze("Әбдірахманов Ұлан Қайратұлы / Абдрахманов Улан Кайратович"), last);
        Assert.Contains(Squeeze("Ақпараттық қауіпсіздік және техникалық әкімшілендіру департаментінің жауапты тұлғасы"), last);
        Assert.Contains(Squeeze("Ответственное лицо департамента информационной безопасности и технического администрирования"), last);
        Assert.DoesNotContain(Squeeze("Руководитель оператора"), Text(pdf.GetPage(1)));
    }

    [Fact]
    public void By_default_the_signatories_are_named_as_the_form_names_them()
    {
        using var pdf = PdfDocument.Open(RegisterJournalPdf.Render([JournalData.Row(1)], ExportedAt, new SingleOperator()));

        var text = Text(pdf.GetPage(1));
        Assert.Contains(Squeeze("Техникалық әкімшілендіру бөлімінің жауапты тұлғасы"), text);
        Assert.Contains(Squeeze("Ответственное лицо отдела технического администрирования"), text);
    }

    [Fact]
    public void Sixty_rows_run_over_several_numbered_pages_each_with_the_column_header()
    {
        using var pdf = PdfDocument.Open(Render(Enumerable.Range(1, 60).Select(i => JournalData.Row(i)).ToList()));

        Assert.True(pdf.NumberOfPages > 1);
        Assert.All(pdf.GetPages(), page => Assert.Contains($"{page.Number}/{pdf.NumberOfPages}", Text(page)));
        foreach (var page in pdf.GetPages().Where(p => Text(p).Contains("INC-2026-")))
        {
            var text = Text(page);
            Assert.Contains(Squeeze("Техникалық іркілістің сипаттамасы / Описание технического сбоя"), text);
        }
        var all = string.Concat(pdf.GetPages().Select(Text));
        Assert.All(Enumerable.Range(1, 60), i => Assert.Contains($"INC-2026-{i:000000}", all));
    }

    [Fact]
    public void A_description_longer_than_a_page_continues_on_the_next_page()
    {
        var words = string.Join(" ", Enumerable.Range(1, 1400).Select(i => $"сөз{i}"));

        using var pdf = PdfDocument.Open(Render([JournalData.Row(1, words), JournalData.Row(2)]));

        Assert.True(pdf.NumberOfPages > 1);
        var all = string.Concat(pdf.GetPages().Select(Text));
        Assert.Contains("сөз1сөз2", all);
        Assert.Contains("сөз1399сөз1400", all);
        Assert.Contains("INC-2026-000002", all);
    }

    [Fact]
    public void The_same_rows_exported_at_the_same_time_give_the_same_bytes()
    {
        var rows = Enumerable.Range(1, 5).Select(i => JournalData.Row(i)).ToList();

        Assert.Equal(Render(rows), Render(rows));
    }
}
