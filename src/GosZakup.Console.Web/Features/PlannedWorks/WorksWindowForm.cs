using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Extensions;
using GosZakup.Console.Web.Commands;

namespace GosZakup.Console.Web.Features.PlannedWorks;

/// <summary>What a Specialist or Supervisor types for one window of the plan. Times are Astana wall-clock times.</summary>
public sealed class WorksWindowForm
{
    public const int DescriptionMaxLength = 2000;
    public const int ModulesMaxLength = 1000;

    public Guid PlanId { get; set; }
    public Guid? Id { get; set; }
    public Guid Version { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }

    /// <summary>Modules picked from those the registry knows; empty with no <see cref="OtherModules"/> means the whole System.</summary>
    public IReadOnlyCollection<string> Modules { get; set; } = [];

    /// <summary>Modules the registry does not know yet, separated by ";".</summary>
    public string? OtherModules { get; set; }
    public string DescriptionKk { get; set; } = "";
    public string DescriptionRu { get; set; } = "";

    /// <summary>The modules as stored: distinct, trimmed, "; "-separated.</summary>
    public string ModulesText =>
        string.Join("; ", Modules.Concat((OtherModules ?? "").Split(';')).Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal));

    public static WorksWindowForm For(Guid planId) => new() { PlanId = planId };

    public static WorksWindowForm From(WorksWindowRecord window, IReadOnlyCollection<string> knownModules) => new()
    {
        PlanId = window.PlanId, Id = window.Id, Version = window.Version,
        Start = AstanaTime.ToWallClock(window.StartUtc),
        End = AstanaTime.ToWallClock(window.EndUtc),
        Modules = [.. window.ModuleList.Where(knownModules.Contains)],
        OtherModules = string.Join("; ", window.ModuleList.Where(m => !knownModules.Contains(m))),
        DescriptionKk = window.DescriptionKk, DescriptionRu = window.DescriptionRu,
    };
}

/// <summary>The checks a window passes before anything is saved, as resource keys translated at the edge.</summary>
public static class WorksWindowValidator
{
    public static Dictionary<string, ResourceText> Validate(WorksWindowForm form)
    {
        var errors = new Dictionary<string, ResourceText>();
        void Check(string field, bool failed, string key)
        {
            if (failed && !errors.ContainsKey(field)) errors[field] = new(key);
        }

        Check(nameof(form.Start), form.Start is null, "PlannedWorks.Error.StartRequired");
        Check(nameof(form.End), form.End is null, "PlannedWorks.Error.EndRequired");
        Check(nameof(form.End), form.Start is { } start && form.End is { } end && end <= start, "PlannedWorks.Error.EndBeforeStart");
        Description(nameof(form.DescriptionKk), form.DescriptionKk, "PlannedWorks.Error.DescriptionKkRequired", errors);
        Description(nameof(form.DescriptionRu), form.DescriptionRu, "PlannedWorks.Error.DescriptionRuRequired", errors);
        if (Localization.TextFieldRules.Fault(form.ModulesText, WorksWindowForm.ModulesMaxLength) is { } problem) errors.TryAdd(nameof(form.Modules), problem);
        return errors;
    }

    private static void Description(string field, string? text, string requiredKey, Dictionary<string, ResourceText> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) errors.TryAdd(field, new(requiredKey));
        if (Localization.TextFieldRules.Fault(text, WorksWindowForm.DescriptionMaxLength) is { } problem) errors.TryAdd(field, problem);
    }
}
