using System.Text;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Acts;
using GosZakup.Console.Infrastructure.Documents;

namespace GosZakup.Console.Web.Features.Acts.Publication;

/// <summary>The R2 §17 announcement of a signed Act, in Kazakh and Russian: the failure, the procurement and lot numbers,
/// the type, the link to the signed Act and the suppliers who could not bid. The form's own wording (F2) is reused.</summary>
public static class ActAnnouncementWording
{
    /// <summary>Suppliers listed by name; the rest are counted, so the text stays within an update's 8,000 characters.</summary>
    public const int ListedSuppliers = 40;

    public static string Title(ActRecord act, Func<BilingualText, string> language) =>
        language(new($"№\u00A0{act.Number} акті: баға ұсынысын беру мүмкін болмаған іркіліс",
            $"Акт №\u00A0{act.Number}: сбой, при котором не было возможности подать ценовое предложение"));

    public static string Body(ActRecord act, string link, Func<BilingualText, string> language)
    {
        var text = new StringBuilder();
        void Line(string kk, string ru) => text.AppendLine(language(new(kk, ru)));
        var period = $"{AstanaTime.Text(act.FailureFromUtc)} – {AstanaTime.Text(act.FailureToUtc)}";
        var module = SystemModuleNames.Of(act.SystemModule);
        Line($"Іркіліс кезеңі: {period} (Астана уақыты), «{module.Kazakh}» модулі.", $"Период сбоя: {period} (время Астаны), модуль «{module.Russian}».");
        Line($"Сатып алулар: {act.ProcurementNumbers}.", $"Закупки: {act.ProcurementNumbers}.");
        if (act.LotNumbers.Length > 0) Line($"Лоттар: {act.LotNumbers}.", $"Лоты: {act.LotNumbers}.");
        text.AppendLine(language(ActF2Form.TypeLine(act.IsOperatorRelated)));
        Line($"Қол қойылған акті: {link}", $"Подписанный акт: {link}");
        text.AppendLine();
        Line("Баға ұсынысын бере алмаған әлеуетті өнім берушілер:", "Потенциальные поставщики, не имевшие возможности подать ценовое предложение:");
        foreach (var supplier in act.Suppliers.OrderBy(s => s.ProcurementNumber, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(ListedSuppliers))
            text.AppendLine($"• {supplier.Name}, {supplier.TaxpayerNumber} — {supplier.ProcurementNumber}{(supplier.LotNumber is { } lot ? $" / {lot}" : "")}");
        if (act.Suppliers.Count > ListedSuppliers)
            Line($"…және тағы {act.Suppliers.Count - ListedSuppliers} (толық тізім актіде).",
                $"…и ещё {act.Suppliers.Count - ListedSuppliers} (полный список в акте).");
        return text.ToString().TrimEnd();
    }
}
