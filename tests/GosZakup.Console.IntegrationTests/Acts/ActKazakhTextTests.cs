using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.IntegrationTests.Documents;
using GosZakup.Console.Web.Features.Acts.Publication;
using UglyToad.PdfPig;

namespace GosZakup.Console.IntegrationTests.Acts;

/// <summary>R1 §12: the Kazakh text of an Act and of its announcement has no Russian words, even where the registry gives
/// only a Russian name (the module "Запрос ценовых предложений").</summary>
public sealed class ActKazakhTextTests : IAsyncLifetime
{
    private ActSigningScenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await ActSigningScenario.StartAsync();

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task The_Kazakh_part_of_a_signed_Act_has_no_Russian_words()
    {
        await scenario.SignAsync();

        using var pdf = PdfDocument.Open(await scenario.SignedPdfAsync());
        var words = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        var title = Between(words, "Салдарынан", "Акт");
        var body = Between(words, "Осы актімен", "Настоящим актом");

        Assert.Contains("«Баға ұсыныстарын сұрату» аппараттық-бағдарламалық", body);
        Assert.Empty(RussianOnlyWords.In(title));
        Assert.Empty(RussianOnlyWords.In(body));
        Assert.NotEmpty(RussianOnlyWords.In(Between(words, "Настоящим актом", "№"))); // the list does find Russian
    }

    [Fact]
    public async Task The_Kazakh_announcement_of_a_published_Act_has_no_Russian_words()
    {
        var act = await scenario.ActAsync();
        var kazakh = ActAnnouncementWording.Title(act, t => t.Kazakh) + "\n" + ActAnnouncementWording.Body(act,
            "https://console.example.kz/verify/acts/2026-001", t => t.Kazakh);

        // The supplier lines carry the names as registered (a legal form such as ТОО is part of a name): only the text around them counts.
        var text = string.Join("\n", kazakh.Split('\n').Where(line => !line.StartsWith('•')));
        Assert.Contains("«Баға ұсыныстарын сұрату» модулі", text);
        Assert.Empty(RussianOnlyWords.In(text));
    }

    [Fact]
    public void The_Kazakh_strings_of_F2_and_F3_have_no_Russian_words()
    {
        var act = FormsData.Act() with { Module = SystemModuleNames.Of("Из одного источника"), ReplacesNumber = "2026-0041" };
        var f3 = FormsData.SecurityReturn();
        var kazakh = new[]
        {
            ActF2Form.FormName, ActF2Form.City, ActF2Form.Title(act.Number), ActF2Form.Confirmation(act), ActF2Form.TypeLine(false),
            ActF2Form.TypeLine(true), ActF2Form.LevelLine(act.Level), ActF2Form.Consequence, ActF2Form.Replaces("2026-0041"),
            ActF2Form.Signature, ActF2Form.FullName, ActF2Form.SealPlace, ActF2Form.Verification, new SingleOperator().HeadTitle,
            SecurityReturnF3Form.FormName, SecurityReturnF3Form.Title, SecurityReturnF3Form.Organiser(f3), SecurityReturnF3Form.Crediting(f3),
            SecurityReturnF3Form.BankDetails, SecurityReturnF3Form.Value, SecurityReturnF3Form.Signatory, SecurityReturnF3Form.Date,
        }.Concat(ActF2Form.SupplierColumns).Concat(SecurityReturnF3Form.BankRows(f3.Bank).Select(r => r.Label)).Select(t => t.Kazakh);

        Assert.All(kazakh, text => Assert.Empty(RussianOnlyWords.In(text)));
        Assert.Contains("«Бір көзден алу»", ActF2Form.Confirmation(act).Kazakh);
    }

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no «{from}» in: {text}");
        var end = text.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        Assert.True(end > start, $"no «{to}» after «{from}» in: {text}");
        return text[start..end];
    }
}
