using GosZakup.Console.Domain.Lifecycles;
using static GosZakup.Console.Domain.Oversight.QuarterlyReportState;
using static GosZakup.Console.Domain.Staff.StaffRole;

namespace GosZakup.Console.Domain.Oversight;

public enum QuarterlyReportState
{
    Queued = 1,
    Building = 2,
    Ready = 3,
    Failed = 4,
    Signed = 5,
}

/// <summary>What happens to one build of a quarter's report.</summary>
public enum QuarterlyReportAction
{
    /// <summary>The console's background job takes the build up.</summary>
    Start = 1,

    /// <summary>The job has written the content, the PDF and the spreadsheet.</summary>
    Finish = 2,

    /// <summary>The job stopped for good (or a newer request superseded a stalled one).</summary>
    Fail = 3,

    Sign = 4,
}

/// <summary>R2 §27: every quarter the operator gives the Working Group an extract of the Register Journal, the causes,
/// measures and advice, and the Acts that cost suppliers their security, signed by the operator's management. A Manager
/// or Supervisor asks for a build; the console's own job builds it (no person takes those moves); the operator's head,
/// the Manager, signs a built report. A failed build stays failed: the quarter is asked for again as a new build.</summary>
public static class QuarterlyReportLifecycle
{
    /// <summary>Who asks for a quarter's build, or asks again after a failure.</summary>
    public static IReadOnlySet<string> Requesters { get; } = RoleSet.Of(Manager, Supervisor);

    /// <summary>Moves only the console's background job makes: no role takes them.</summary>
    public static IReadOnlySet<string> JobOnly { get; } = RoleSet.Of();

    public static Transition<QuarterlyReportState, QuarterlyReportAction> Start { get; } =
        new(Queued, QuarterlyReportAction.Start, Building, "R2 §27", JobOnly);

    public static Transition<QuarterlyReportState, QuarterlyReportAction> FinishQueued { get; } =
        new(Queued, QuarterlyReportAction.Finish, Ready, "R2 §27", JobOnly);

    public static Transition<QuarterlyReportState, QuarterlyReportAction> FinishBuilding { get; } =
        new(Building, QuarterlyReportAction.Finish, Ready, "R2 §27", JobOnly);

    public static Transition<QuarterlyReportState, QuarterlyReportAction> FailQueued { get; } =
        new(Queued, QuarterlyReportAction.Fail, Failed, "R2 §27", JobOnly);

    public static Transition<QuarterlyReportState, QuarterlyReportAction> FailBuilding { get; } =
        new(Building, QuarterlyReportAction.Fail, Failed, "R2 §27", JobOnly);

    /// <summary>R2 §27: the extract is signed by the operator's management; the Manager signs the report as built.</summary>
    public static Transition<QuarterlyReportState, QuarterlyReportAction> Sign { get; } =
        new(Ready, QuarterlyReportAction.Sign, Signed, "R2 §27", RoleSet.Of(Manager));

    public static TransitionTable<QuarterlyReportState, QuarterlyReportAction> Table { get; } =
        new([Start, FinishQueued, FinishBuilding, FailQueued, FailBuilding, Sign]);

    public static IReadOnlyList<Transition<QuarterlyReportState, QuarterlyReportAction>> All => Table.All;

    public static TransitionCheck<QuarterlyReportState, QuarterlyReportAction> Check(QuarterlyReportState from, QuarterlyReportAction action,
        IEnumerable<string> roles) =>
        Table.Check(from, action, roles);

    public static IReadOnlyList<QuarterlyReportAction> AvailableActions(QuarterlyReportState from, IEnumerable<string> roles) =>
        Table.AvailableActions(from, roles);

    public static bool MayRequest(IEnumerable<string> roles) => roles.Any(Requesters.Contains);

    public static bool MayTake(QuarterlyReportAction action, IEnumerable<string> roles) => Table.MayTake(action, roles);

    /// <summary>Whether the job still holds the build: only then may it step, finish or fail it.</summary>
    public static bool IsInProgress(QuarterlyReportState state) => state is Queued or Building;

    public static QuarterlyReportState After(QuarterlyReportState from, QuarterlyReportAction action) => Table.After(from, action);

    public static bool IsFinal(QuarterlyReportState state) => Table.IsFinal(state);
}
