using PdfSharp.Pdf;

namespace GosZakup.Console.IntegrationTests;

public class PdfLicensingTests(ConsoleFactory factory)
{
    [Fact]
    public void The_started_console_has_declared_the_AGPL_licence_so_PDFs_can_be_made()
    {
        Assert.NotNull(factory.Services);

        using var document = new PdfDocument();
        document.AddPage();

        Assert.Equal(1, document.PageCount);
    }
}
