using System.Globalization;
using GosZakup.Console.Domain.Identifiers;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Persistence;
using GosZakup.Console.IntegrationTests.Intake;
using GosZakup.Console.Web.Features.Inbox;
using GosZakup.Console.Web.Features.Journal;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.IntegrationTests.Journal;

/// <summary>Builds Register Journal rows the way operators make them: received, then registered, on the
/// intake services' clock (Friday 20 November 2026, 12:10 Astana time).</summary>
internal static class JournalData
{
    public const string KazakhLetters = "ә ғ қ ң ө ұ ү һ і";

    /// <summary>A valid BIN/IIN from its first eleven digits (the last one is moved until a check digit exists).</summary>
    public static string Taxpayer(string firstEleven)
    {
        for (var last = firstEleven[10] - '0'; ; last = (last + 1) % 10)
        {
            var eleven = firstEleven[..10] + last;
            if (TaxpayerNumber.CheckDigit(eleven) is { } check) return eleven + check;
        }
    }

    public static AppealForm Appeal(string receivedAstana, AppealChannel channel = AppealChannel.Phone, string organisation = "ТОО «Ақ Жол»",
        string? taxpayer = null, string description = "Не открывается раздел ценовых предложений") => new()
        {
            Channel = channel,
            ReceivedAt = DateTime.ParseExact(receivedAstana, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            OrganisationName = organisation,
            TaxpayerNumber = taxpayer ?? Taxpayer("90010130081"),
            ContactEmail = "user@company.kz",
            ContactPhone = "+7 701 234 56 78",
            Description = description,
        };

    public static JournalQuery Query(this IntakeServices app) => new(app.Get<IDbContextFactory<AppDbContext>>());

    public static JournalExport Export(this IntakeServices app) => new(app.Query(), new SingleOperator(), app.Clock);

    public static F1Row Row(int number, string description = "Не открывается раздел ценовых предложений") => new(
        $"INC-2026-{number:000000}", "ТОО «Ақ Жол»", "900101300811", "20.11.2026 12:10", "user@company.kz\n+7 701 234 56 78",
        description, "operator@demo.kz", "—", "", "", "");
}
