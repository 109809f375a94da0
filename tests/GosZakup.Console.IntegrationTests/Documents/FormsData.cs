using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Documents;

namespace GosZakup.Console.IntegrationTests.Documents;

/// <summary>An Act (F2) and an F3 with every field distinct, so a test can find each one in the PDF's text.</summary>
internal static class FormsData
{
    public const string KazakhLetters = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";

    public const string VerificationUrl = "https://console.goszakup.example.kz/acts/verify/2026-0042-7f3a9c1e";

    public static ActDocument Act(int suppliers = 2) => new(
        Number: "2026-0042",
        DrawnUpAtUtc: new DateTime(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc),
        OperatorName: new("«Электрондық қаржы орталығы» АҚ", "АО «Центр электронных финансов»"),
        FailureFromUtc: new DateTime(2026, 11, 19, 4, 5, 0, DateTimeKind.Utc),
        FailureToUtc: new DateTime(2026, 11, 19, 9, 40, 0, DateTimeKind.Utc),
        Module: new("Баға ұсыныстарын сұрату", "Запрос ценовых предложений"),
        ProcurementNumbers: ["15873311-1", "15873402-2"],
        LotNumbers: ["71230455-ЗЦП1", "71230456-ЗЦП1"],
        IsOperatorRelated: true,
        Level: Severity.High,
        Cause: new(
            $"деректер базасы серверінің дискілік жүйесі істен шықты (тексеру: {KazakhLetters})",
            "отказ дисковой подсистемы сервера базы данных"),
        Suppliers: Enumerable.Range(1, suppliers).Select(Supplier).ToList(),
        Signatory: new(new("Басқарма төрағасы", "Председатель Правления"), new("Әбдірахманов Ұлан Қайратұлы", "Абдрахманов Улан Кайратович")),
        VerificationUrl: VerificationUrl);

    public static ActSupplier Supplier(int i) => new(
        $"«Өнім-Сервис {i}» ЖШС", $"0612400{i:00000}", i % 2 == 1 ? "15873311-1" : "15873402-2", i % 2 == 1 ? "71230455-ЗЦП1" : "71230456-ЗЦП1");

    public static SecurityReturnDocument SecurityReturn(SecurityCreditedTo creditedTo = SecurityCreditedTo.RepublicanBudget) => new(
        PreparedAtUtc: new DateTime(2026, 12, 3, 6, 0, 0, DateTimeKind.Utc),
        OrganiserName: "«Астана қаласының мемлекеттік сатып алу басқармасы» ММ",
        OrganiserBin: "140340016539",
        ActNumber: "2026-0042",
        ActDateUtc: new DateTime(2026, 11, 20, 7, 10, 0, DateTimeKind.Utc),
        SupplierName: "«Өнім-Сервис 1» ЖШС",
        SupplierBin: "061240000001",
        LotNumber: "71230455-ЗЦП1",
        ProcurementNumber: "15873311-1",
        Amount: 1_500_000.50m,
        CreditedTo: creditedTo,
        Bank: new("«Өнім-Сервис 1» ЖШС", "061240000001", "«Қазақстан Халық Банкі» АҚ", "KZ926010111000012345", "HSBKKZKX"),
        CustomerHeadFullName: "Сәрсенбаева Гүлнұр Жұмабекқызы");
}
