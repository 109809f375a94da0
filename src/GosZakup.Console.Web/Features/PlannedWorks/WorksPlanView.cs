using GosZakup.Console.Domain.Extensions;
using GosZakup.Console.Infrastructure.Extensions;

namespace GosZakup.Console.Web.Features.PlannedWorks;

public enum WorksWindowState
{
    Draft = 1,
    Approved = 2,
    NoticePublished = 3,
    Over = 4,
}

/// <summary>A year's plan as the page shows it.</summary>
public sealed record WorksPlanView(WorksPlanRecord Plan, IReadOnlyList<WorksWindowView> Windows)
{
    public bool Approved => Plan.ApprovedAtUtc is not null;
}

/// <summary>One window: its record, its state, the deadlines it would move as computed now (<see cref="Preview"/>), and
/// once the plan is approved the number of its stored orders that move a deadline.</summary>
public sealed record WorksWindowView(WorksWindowRecord Window, WorksWindowState State, IReadOnlyList<ExtensionOrder> Preview, int StoredMoves)
{
    public int Moves(bool approved) => approved ? StoredMoves : Preview.Count(o => o.State == ExtensionOrderState.Proposed);

    public static WorksWindowState StateOf(WorksWindowRecord window, bool approved) =>
        window.ActualEndUtc is not null ? WorksWindowState.Over
        : window.NoticeQueuedAtUtc is not null ? WorksWindowState.NoticePublished
        : approved ? WorksWindowState.Approved
        : WorksWindowState.Draft;
}
