using Bunit;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Infrastructure.Announcements;
using GosZakup.Console.Web.Features.Announcements;

namespace GosZakup.Console.Web.Tests;

public class PublicUpdateTextTests : ConsoleTestContext
{
    private static readonly AnnouncementUpdateRecord Update = new()
    {
        State = UpdateState.Published, TitleKk = "Жоспарлы жұмыстар", TitleRu = "Плановые работы", BodyKk = "Портал жабық.", BodyRu = "Портал закрыт.",
    };

    [Theory]
    [InlineData("kk-KZ", "Жоспарлы жұмыстар")]
    [InlineData("ru-RU", "Плановые работы")]
    [InlineData("en-US", "Плановые работы|Жоспарлы жұмыстар")] // the documents exist only in Kazakh and Russian: Russian, then Kazakh
    public void The_public_reads_an_update_in_its_language(string culture, string titles)
    {
        UseCulture(culture);

        var cut = Render<PublicUpdateText>(p => p.Add(c => c.Update, Update));

        Assert.Equal(titles.Split('|'), cut.FindAll("[data-testid=public-update-text] strong").Select(e => e.TextContent));
    }
}
