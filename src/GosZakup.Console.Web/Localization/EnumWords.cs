using GosZakup.Console.Domain.Acts;
using GosZakup.Console.Domain.Announcements;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Domain.Incidents;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Oversight;
using GosZakup.Console.Infrastructure.Documents;
using GosZakup.Console.Infrastructure.Documents.Signing;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence.Audit;
using GosZakup.Console.Infrastructure.WorkingGroup;
using GosZakup.Console.Web.Features.Dashboard;
using GosZakup.Console.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Localization;

/// <summary>The word for each value of an enum a user sees, from the resources ("Channel.Phone" → "Телефон"), never its
/// C# name. Pickers use it for the chosen value too (MudSelect's <c>ToStringFunc</c>), which otherwise prints "Phone".
/// Every enum a page shows is listed here; a test checks each value has a word in kk, ru and en.</summary>
public static class EnumWords
{
    public static IReadOnlyDictionary<Type, string> Prefixes { get; } = new Dictionary<Type, string>
    {
        [typeof(AppealChannel)] = "Channel",
        [typeof(IncidentStatus)] = "Incident.Status",
        [typeof(IncidentAction)] = "Incident.Action",
        [typeof(Severity)] = "Severity",
        [typeof(ExtensionScope)] = "Incident.Preview.Extension",
        [typeof(OverrideKind)] = "Calendar.Kind",
        [typeof(CalendarName)] = "Calendar.Name",
        [typeof(Counting)] = "Counting",
        [typeof(DeadlineKind)] = "Procurements.Deadline",
        [typeof(TradeMethod)] = "Procurements.Method",
        [typeof(ExtensionOrderState)] = "Extensions.State",
        [typeof(ComplaintPriority)] = "Complaints.Priority",
        [typeof(ComplaintState)] = "Complaints.State",
        [typeof(ContactUnit)] = "WorkingGroup.List",
        [typeof(SecurityCreditedTo)] = "SecurityReturns.CreditedTo",
        [typeof(SecurityReturnState)] = "SecurityReturns.State",
        [typeof(SecurityReturnAction)] = "SecurityReturns.Step",
        [typeof(ActState)] = "Acts.State",
        [typeof(QuarterlyReportState)] = "Quarterly.State",
        [typeof(ReferralKind)] = "Referral.Kind",
        [typeof(ContactKind)] = "Contact",
        [typeof(UpdateState)] = "Announcement.State",
        [typeof(AuditAction)] = "Audit.Action",
        [typeof(AuditChainProblem)] = "Audit.Problem",
        [typeof(DashboardStage)] = "Dashboard.Times",
        [typeof(PdfSignatureStatus)] = "Verify.Status",
    };

    public static string Key<T>(T value) where T : struct, Enum => $"{Prefixes[typeof(T)]}.{value}";

    public static string Of<T>(IStringLocalizer<SharedResource> l, T value) where T : struct, Enum => l[Key(value)].Value;

    /// <summary>For a picker whose value may be empty: the word, or "" for none.</summary>
    public static string Of<T>(IStringLocalizer<SharedResource> l, T? value) where T : struct, Enum => value is { } v ? Of(l, v) : "";
}
