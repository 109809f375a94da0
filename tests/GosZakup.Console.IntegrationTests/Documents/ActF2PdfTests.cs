using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Documents;
using QRCoder;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GosZakup.Console.IntegrationTests.Documents;

public class ActF2PdfTests
{
    private static byte[] Render(ActDocument act)
        => ActF2Pdf.Render(act);

    // Text as PdfPig reads it back, without the spaces and line breaks that wrapping moves.
    internal static string Text(Page page) => Squeeze(string.Concat(page.Letters.Select(l => l.Value)));

    internal static string AllText(PdfDocument pdf) => string.Concat(pdf.GetPages().Select(Text));

    internal static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void The_act_is_a_portrait_A4_page_with_DejaVu_embedded()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.Act()));

        var page = pdf.GetPage(1);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        Assert.All(page.Letters.Where(l => !char.IsWhiteSpace(l.Value[0])), l => Assert.Contains("DejaVu Sans", l.FontName));
    }

    [Fact]
    public void Every_field_of_F2_reads_back_in_Kazakh()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.Act()));

        var text = AllText(pdf);
        foreach (var expected in new[]
                 {
                     "Салдарынан баға ұсынысын беруге техникалық мүмкіндігі болмаған мемлекеттік сатып алу веб-порталының іркілісі туралы № 2026-0042 акті",
                     "20.11.2026", "Астана қ.",
                     "Осы актімен «Электрондық қаржы орталығы» АҚ – электрондық мемлекеттік сатып алу саласындағы бірыңғай оператор",
                     // 04:05Z and 09:40Z are 09:05 and 14:40 in Astana (UTC+5).
                     "19.11.2026 09:05 – 19.11.2026 14:40 (Астана уақыты) аралығындағы кезеңде",
                     "(www.goszakup.gov.kz) «Баға ұсыныстарын сұрату» аппараттық-бағдарламалық қамтамасыз етуі модулінде",
                     "№ 71230455-ЗЦП1, 71230456-ЗЦП1 лоты (лоттары) № 15873311-1, 15873402-2 сатып алу бойынша техникалық іркіліс фактісін растайды",
                     "Техникалық іркіліс түрі: операторға байланысты.",
                     "Техникалық іркіліс күрделілігінің деңгейі: жоғары.",
                     $"Техникалық іркілістің себебі: деректер базасы серверінің дискілік жүйесі істен шықты (тексеру: {FormsData.KazakhLetters})",
                     "баға ұсынысын берудің техникалық мүмкіндігі болмады",
                     "Әлеуетті өнім берушінің атауы", "БСН/ЖСН", "Сатып алу №", "Лот №",
                     "Басқарма төрағасы", "Әбдірахманов Ұлан Қайратұлы", "қолы", "аты-жөні", "М.О.",
                     "Актінің түпнұсқалығын тексеру",
                 })
            Assert.Contains(Squeeze(expected), text);
    }

    [Fact]
    public void Every_field_of_F2_reads_back_in_Russian()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.Act()));

        var text = AllText(pdf);
        foreach (var expected in new[]
                 {
                     "Акт № 2026-0042 о сбое веб-портала государственных закупок, " +
                     "вследствие которого отсутствовала техническая возможность подачи ценового предложения",
                     "г. Астана",
                     "Настоящим актом АО «Центр электронных финансов» – " +
                     "единый оператор в сфере электронных государственных закупок подтверждает факт технического сбоя",
                     "в период с 19.11.2026 09:05 до 19.11.2026 14:40 (время Астаны) в модуле «Запрос ценовых предложений»",
                     "«Электронные государственные закупки» (www.goszakup.gov.kz) по закупке (закупкам) № 15873311-1, 15873402-2, " +
                     "лоту (лотам) № 71230455-ЗЦП1, 71230456-ЗЦП1.",
                     "Вид технического сбоя: связанный с оператором.",
                     "Уровень сложности технического сбоя: высокий.",
                     "Причина технического сбоя: отказ дисковой подсистемы сервера базы данных",
                     "отсутствовала техническая возможность подачи ценового предложения.",
                     "Наименование потенциального поставщика", "БИН/ИИН", "№ закупки", "№ лота",
                     "Председатель Правления", "Абдрахманов Улан Кайратович", "подпись", "Ф.И.О.", "М.П.",
                     "Проверка подлинности акта",
                 })
            Assert.Contains(Squeeze(expected), text);
    }

    [Fact]
    public void The_suppliers_table_lists_each_supplier_with_BIN_procurement_and_lot()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.Act(suppliers: 2)));

        var text = AllText(pdf);
        Assert.Contains(Squeeze("1«Өнім-Сервис 1» ЖШС06124000000115873311-171230455-ЗЦП1"), text);
        Assert.Contains(Squeeze("2«Өнім-Сервис 2» ЖШС06124000000215873402-271230456-ЗЦП1"), text);
    }

    [Fact]
    public void A_failure_not_related_to_the_operator_of_medium_level_says_so_in_both_languages()
    {
        var act = FormsData.Act() with { IsOperatorRelated = false, Level = Severity.Medium };

        using var pdf = PdfDocument.Open(Render(act));

        var text = AllText(pdf);
        Assert.Contains(Squeeze("Техникалық іркіліс түрі: операторға тәуелсіз."), text);
        Assert.Contains(Squeeze("Вид технического сбоя: не зависящий от оператора."), text);
        Assert.Contains(Squeeze("күрделілігінің деңгейі: орташа."), text);
        Assert.Contains(Squeeze("Уровень сложности технического сбоя: средний."), text);
        Assert.DoesNotContain(Squeeze("операторға байланысты"), text);
    }

    [Fact]
    public void Every_Kazakh_letter_reads_back_from_the_embedded_font()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.Act()));

        var letters = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.All(Squeeze(FormsData.KazakhLetters), letter => Assert.Contains(letter, letters));
    }

    [Fact]
    public void The_QR_code_is_an_image_of_the_verification_URL_printed_under_it()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.Act()));

        var page = pdf.GetPage(1);
        var image = Assert.Single(page.GetImages());
        Assert.Contains(Squeeze(FormsData.VerificationUrl), Text(page));
        // The picture is the QR symbol of the URL, quiet zone included, in squares of 8 x 8 pixels: the centre
        // pixel of each square is dark exactly where the symbol has a dark module.
        using var generator = new QRCodeGenerator();
        using var expected = generator.CreateQrCode(FormsData.VerificationUrl, QRCodeGenerator.ECCLevel.M);
        var modules = expected.ModuleMatrix;
        const int side = 8;
        Assert.Equal(modules.Count * side, image.WidthInSamples);
        Assert.Equal(modules.Count * side, image.HeightInSamples);
        Assert.True(image.TryGetBytesAsMemory(out var bytes));
        var perPixel = bytes.Length / (image.WidthInSamples * image.HeightInSamples);
        for (var y = 0; y < modules.Count; y++)
            for (var x = 0; x < modules.Count; x++)
            {
                var pixel = (y * side + side / 2) * image.WidthInSamples + x * side + side / 2;
                Assert.Equal(modules[y][x], bytes.Span[pixel * perPixel] < 128);
            }
        // Square, and big enough to scan from paper (at least 25 mm).
        Assert.Equal(image.BoundingBox.Width, image.BoundingBox.Height, 1);
        Assert.True(image.BoundingBox.Width >= 25 / 25.4 * 72, $"{image.BoundingBox.Width} pt");
    }

    [Fact]
    public async Task An_independent_decoder_reads_the_verification_URL_from_the_rendered_page()
    {
        var ct = TestContext.Current.CancellationToken;
        // 200 dpi: about 5 pixels per module, as a phone camera or an office scan would see it.
        var png = await PdfTools.RenderFirstPageAsync(Render(FormsData.Act()), "F2-act-qr", ct, dpi: 200);

        var codes = await PdfTools.DecodeBarcodesAsync(png, ct);

        Assert.Equal([FormsData.VerificationUrl], codes);
    }

    [Fact]
    public void Sixty_suppliers_run_over_numbered_pages_each_with_the_table_header()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.Act(suppliers: 60)));

        Assert.True(pdf.NumberOfPages > 1);
        Assert.All(pdf.GetPages(), page => Assert.Contains($"{page.Number}/{pdf.NumberOfPages}", Text(page)));
        var withRows = pdf.GetPages().Where(p => Text(p).Contains("Өнім-Сервис")).ToList();
        Assert.True(withRows.Count > 1);
        Assert.All(withRows, page => Assert.Contains(Squeeze("Әлеуетті өнім берушінің атауы / Наименование потенциального поставщика"), Text(page)));
        var all = AllText(pdf);
        Assert.All(Enumerable.Range(1, 60), i => Assert.Contains(Squeeze(FormsData.Supplier(i).Name + FormsData.Supplier(i).TaxpayerNumber), all));
        // The signature block and the QR code close the Act, on its last page only.
        Assert.Contains(Squeeze("Председатель Правления"), Text(pdf.GetPage(pdf.NumberOfPages)));
        Assert.DoesNotContain(Squeeze("Председатель Правления"), Text(pdf.GetPage(1)));
        Assert.Single(pdf.GetPage(pdf.NumberOfPages).GetImages());
    }

    [Fact]
    public void The_same_act_gives_the_same_bytes_dated_from_the_act()
    {
        var act = FormsData.Act(suppliers: 5);

        var first = Render(act);
        var second = Render(act with { Suppliers = [.. act.Suppliers] });

        Assert.Equal(first, second);
        using var pdf = PdfDocument.Open(first);
        Assert.True(pdf.Information.GetCreatedDateTimeOffset() == new DateTimeOffset(act.DrawnUpAtUtc));
    }

    [Fact]
    public void A_different_act_gives_different_bytes()
    {
        var act = FormsData.Act();

        Assert.NotEqual(Render(act), Render(act with { Cause = new("басқа себеп", "другая причина") }));
    }

    [Fact]
    public async Task Page_one_is_rendered_for_review()
    {
        var png = await PdfTools.RenderFirstPageAsync(Render(FormsData.Act()), "F2-act-page1", TestContext.Current.CancellationToken);

        Assert.True(new FileInfo(png).Length > 10_000, png);
        TestContext.Current.TestOutputHelper?.WriteLine(png);
    }
}
