using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Journal;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using UglyToad.PdfPig;
using static GosZakup.Console.IntegrationTests.Documents.ActF2PdfTests;

namespace GosZakup.Console.IntegrationTests.Journal;

/// <summary>Form F1: "the full name of the employee who took the appeal", in Kazakh and Russian, read from the users as
/// they are now; never the login the row recorded.</summary>
public sealed class JournalEmployeeNameTests
{
    private const string Login = "aigerim.n@test.kz";
    private const string Kazakh = "Нұрланқызы Айгерім Серікқызы";
    private const string Russian = "Нурланкызы Айгерим Сериковна";

    private static readonly SingleOperator Operator = new()
    {
        HeadNameKk = "Тоқтарова Әсел Болатқызы", HeadNameRu = "Токтарова Асель Болатовна",
        DepartmentKk = "Жүйелік әкімшілендіру басқармасының", DepartmentRu = "управления системного администрирования",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A user as the Users page keeps them; the intake services register as "op-" + login.</summary>
    private static async Task AddUserAsync(IntakeServices app, string login, string display, string kazakh = "", string russian = "", string? id = null)
    {
        await using var db = app.NewDb();
        db.Users.Add(new ApplicationUser
        {
            Id = id ?? "op-" + login, UserName = login, NormalizedUserName = login.ToUpperInvariant(), Email = login,
            NormalizedEmail = login.ToUpperInvariant(), FullName = display, FullNameKk = kazakh, FullNameRu = russian,
        });
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<string> ExportedPdfTextAsync(IntakeServices app)
    {
        var file = await new JournalExport(app.Query(), Operator, app.Clock).CreateAsync(JournalFormat.Pdf, new JournalFilter(), Ct);
        using var pdf = PdfDocument.Open(file.Content!);
        return AllText(pdf);
    }

    [Fact]
    public async Task The_F1_pdf_names_the_employee_in_Kazakh_and_Russian_and_never_by_login()
    {
        await using var app = await IntakeServices.StartAsync();
        await AddUserAsync(app, Login, "Айгерім Нұрланқызы", Kazakh, Russian);
        var number = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00"), employee: Login);

        var text = await ExportedPdfTextAsync(app);

        Assert.Contains(number, text);
        Assert.Contains(Squeeze($"{Kazakh} / {Russian}"), text);
        Assert.DoesNotContain(Login, text);
        Assert.DoesNotContain("@test.kz", text);
        // The form's title and the signatories as Forms:Operator names them.
        Assert.Contains(Squeeze("пайдаланушылардың өтініштерін есепке алу журналы"), text);
        Assert.Contains(Squeeze("Журнал учета обращений пользователей"), text);
        Assert.Contains(Squeeze("Тоқтарова Әсел Болатқызы / Токтарова Асель Болатовна"), text);
        Assert.Contains(Squeeze("Жүйелік әкімшілендіру басқармасының жауапты тұлғасы"), text);
        Assert.Contains(Squeeze("Ответственное лицо управления системного администрирования"), text);
    }

    [Fact]
    public async Task The_journal_shows_the_name_a_user_has_now()
    {
        await using var app = await IntakeServices.StartAsync();
        await AddUserAsync(app, Login, "Айгерім Нұрланқызы", Kazakh, Russian);
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00"), employee: Login);
        await using (var db = app.NewDb())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == Login, Ct);
            (user.FullNameKk, user.FullNameRu) = ("Сейітова Айгерім", "Сеитова Айгерим");
            await db.SaveChangesAsync(Ct);
        }

        var row = Assert.Single((await app.Query().AllAsync(new JournalFilter(), 10, Ct)).Rows);

        Assert.Equal(("Сейітова Айгерім", "Сеитова Айгерим", "Айгерім Нұрланқызы"), (row.Employee.Kazakh, row.Employee.Russian, row.Employee.Display));
        Assert.Equal("Сейітова Айгерім / Сеитова Айгерим", JournalExport.ToF1(row).Employee);
    }

    [Fact]
    public async Task A_user_without_Kazakh_and_Russian_names_is_named_by_the_display_name()
    {
        await using var app = await IntakeServices.StartAsync();
        await AddUserAsync(app, "d.kim@test.kz", "Дмитрий Ким");
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00"), employee: "d.kim@test.kz");

        var text = await ExportedPdfTextAsync(app);

        Assert.Contains(Squeeze("Дмитрий Ким"), text);
        Assert.DoesNotContain("d.kim@test.kz", text);
    }

    [Fact]
    public async Task A_row_that_kept_only_the_login_is_named_from_the_user_with_that_login()
    {
        await using var app = await IntakeServices.StartAsync();
        await AddUserAsync(app, Login, "Айгерім Нұрланқызы", Kazakh, Russian, id: "another-id"); // the demo data registers under another id
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00"), employee: Login);

        var file = await app.Export().CreateAsync(JournalFormat.Xlsx, new JournalFilter(), Ct);

        using var stream = new MemoryStream(file.Content!);
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal($"{Kazakh} / {Russian}", row[F1Form.Columns[6].Both]?.ToString());
    }

    [Theory]
    [InlineData("нұрланқызы")] // Kazakh letters, any case
    [InlineData("Нурланкызы")]
    [InlineData("aigerim.n")]
    public async Task The_employee_filter_finds_a_part_of_the_name_in_either_language_or_of_the_login(string term)
    {
        await using var app = await IntakeServices.StartAsync();
        await AddUserAsync(app, Login, "Айгерім Нұрланқызы", Kazakh, Russian);
        await AddUserAsync(app, "d.kim@test.kz", "Дмитрий Ким", "Ким Дмитрий", "Ким Дмитрий");
        var hers = await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:00"), employee: Login);
        await app.RegisterAsync(JournalData.Appeal("2026-11-20 10:05"), employee: "d.kim@test.kz");

        var page = await app.Query().PageAsync(new JournalFilter(Employee: term), 0, 25, Ct);

        Assert.Equal([hers], page.Rows.Select(r => r.Number));
        Assert.Equal(1, page.Total);
    }
}
