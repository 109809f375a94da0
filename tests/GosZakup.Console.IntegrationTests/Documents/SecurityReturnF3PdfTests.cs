using GosZakup.Console.Infrastructure.Documents;
using UglyToad.PdfPig;
using static GosZakup.Console.IntegrationTests.Documents.ActF2PdfTests;

namespace GosZakup.Console.IntegrationTests.Documents;

public class SecurityReturnF3PdfTests
{
    private static byte[] Render(SecurityReturnDocument f3)
        => SecurityReturnF3Pdf.Render(f3);

    [Fact]
    public void Every_field_of_F3_reads_back_in_Kazakh()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.SecurityReturn()));

        var text = AllText(pdf);
        foreach (var expected in new[]
                 {
                     "Сатып алуға қатысуға өтінімді қамтамасыз етудің тиісті бюджет кірісіне қайтарылуы туралы ақпарат",
                     "Ұйымдастырушы: «Астана қаласының мемлекеттік сатып алу басқармасы» ММ (БСН 140340016539).",
                     "«Операторға байланысты» техникалық іркіліс түрі көрсетілген",
                     "веб-порталының істен шығуы туралы 20.11.2026 № 2026-0042 актісі негізінде",
                     "«Өнім-Сервис 1» ЖШС (БСН 061240000001) әлеуетті өнім берушінің № 71230455-ЗЦП1 лот, № 15873311-1 сатып алуға",
                     "қамтамасыз ету сомасы 1 500 000,50 теңге (бір миллион бес жүз мың теңге 50 тиын) республикалық бюджет кірісіне есепке жазылды.",
                     "Өнім берушінің деректері", "Бенефициар", "Бенефициар банкі", "«Қазақстан Халық Банкі» АҚ", "ЖСК", "KZ926010111000012345", "БСК",
                     "HSBKKZKX", "Тапсырыс берушінің басшысы", "Сәрсенбаева Гүлнұр Жұмабекқызы", "қолы", "аты-жөні", "Күні", "03.12.2026",
                 })
            Assert.Contains(Squeeze(expected), text);
    }

    [Fact]
    public void Every_field_of_F3_reads_back_in_Russian()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.SecurityReturn()));

        var text = AllText(pdf);
        foreach (var expected in new[]
                 {
                     "Информация о зачислении обеспечения заявки на участие в закупках в доход соответствующего бюджета",
                     "Организатор: «Астана қаласының мемлекеттік сатып алу басқармасы» ММ (БИН 140340016539).",
                     "На основании акта № 2026-0042 от 20.11.2026 о сбое веб-портала государственных закупок",
                     "с указанием вида технического сбоя «связанный с оператором»",
                     "потенциального поставщика «Өнім-Сервис 1» ЖШС (БИН 061240000001) по лоту № 71230455-ЗЦП1 закупки № 15873311-1",
                     "в размере 1 500 000,50 тенге (один миллион пятьсот тысяч тенге 50 тиын) зачислена в доход республиканского бюджета.",
                     "Реквизиты поставщика", "БИН", "Банк бенефициара", "ИИК", "БИК",
                     "Руководитель заказчика", "подпись", "Ф.И.О.", "Дата",
                 })
            Assert.Contains(Squeeze(expected), text);
    }

    [Theory]
    [InlineData(SecurityCreditedTo.RepublicanBudget, "республикалық бюджет кірісіне", "в доход республиканского бюджета")]
    [InlineData(SecurityCreditedTo.LocalBudget, "жергілікті бюджет кірісіне", "в доход местного бюджета")]
    [InlineData(SecurityCreditedTo.StateOwnedEntity,
        "елу және одан да көп пайызы мемлекетке тиесілі мемлекеттік кәсіпорынның, заңды тұлғаның немесе солармен аффилиирленген заңды тұлғаның кірісіне",
        "в доход государственного предприятия, юридического лица, пятьдесят и более процентов голосующих акций")]
    public void Only_the_chosen_destination_of_the_security_is_printed(SecurityCreditedTo creditedTo, string kazakh, string russian)
    {
        using var pdf = PdfDocument.Open(Render(FormsData.SecurityReturn(creditedTo)));

        var text = AllText(pdf);
        Assert.Contains(Squeeze(kazakh), text);
        Assert.Contains(Squeeze(russian), text);
        var others = Enum.GetValues<SecurityCreditedTo>().Where(c => c != creditedTo).Select(SecurityReturnF3Form.Destination);
        Assert.All(others, other => Assert.DoesNotContain(Squeeze($"в доход {other.Russian}."), text));
    }

    [Fact]
    public void The_form_is_one_portrait_A4_page()
    {
        using var pdf = PdfDocument.Open(Render(FormsData.SecurityReturn()));

        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal(595, pdf.GetPage(1).Width, 0);
        Assert.Equal(842, pdf.GetPage(1).Height, 0);
    }

    [Fact]
    public void The_same_information_gives_the_same_bytes_and_another_amount_other_bytes()
    {
        var f3 = FormsData.SecurityReturn();

        Assert.Equal(Render(f3), Render(f3 with { Bank = f3.Bank with { } }));
        Assert.NotEqual(Render(f3), Render(f3 with { Amount = 1_500_000.51m }));
    }

    [Fact]
    public async Task Page_one_is_rendered_for_review()
    {
        var png = await PdfTools.RenderFirstPageAsync(Render(FormsData.SecurityReturn()), "F3-security-page1", TestContext.Current.CancellationToken);

        Assert.True(new FileInfo(png).Length > 10_000, png);
        TestContext.Current.TestOutputHelper?.WriteLine(png);
    }
}
