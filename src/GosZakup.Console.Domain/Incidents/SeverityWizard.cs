using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Domain.Obligations;
using GosZakup.Console.Domain.Staff;
using NodaTime;

namespace GosZakup.Console.Domain.Incidents;

/// <summary>The wizard's questions, in the order they are asked: the higher level's test first (R2 §13).</summary>
public enum SeverityQuestion
{
    /// <summary>R2 §13.3: one or more modules stopped or unavailable, and no portal user can take part.</summary>
    AllUsersBlocked = 1,

    /// <summary>R2 §13.2, one condition: the failure, of a kind that voids (or may void) users' earlier work, left one
    /// or several affected participants unable to take part in a procurement.</summary>
    AffectedParticipantsCouldNotTakePart = 2,
}

/// <summary>The answers given so far; null is "not answered yet".</summary>
public sealed record SeverityAnswers(bool? AllUsersBlocked = null, bool? AffectedParticipantsCouldNotTakePart = null);

/// <summary>A text the wizard shows: a stable resource key, the clause, and the wording in three languages.</summary>
public sealed record WizardText(string Key, string Clause, LocalizedText Text);

/// <summary>Where the answers lead: the level once decided, the question that decided it, the question still
/// to ask, and why this level.</summary>
public sealed record SeverityAssessment(Severity? Level, SeverityQuestion? DecidedBy, SeverityQuestion? NextQuestion, WizardText? Why);

/// <summary>Which procurements get their deadlines moved at a level; the moving itself is the extension engine's.</summary>
public enum ExtensionScope
{
    /// <summary>R2 §14: no suspension and no deadline shift at low level.</summary>
    None = 1,

    /// <summary>R2 §15.4-§15.6: the procurements the failure touched.</summary>
    AffectedProcurements = 2,

    /// <summary>R2 §16.2, §16.4-§16.6: every procurement of the affected module whose deadlines coincide with the failure.</summary>
    WholeModule = 3,
}

/// <summary>What saving a level will trigger: the obligations of confirmation, those of a fix at the planned
/// time (projected: the real ones start at the actual fix), and the flags a confirm dialog shows.</summary>
public sealed record SeverityPreview(
    Severity Level,
    IReadOnlyList<PlannedObligation> OnConfirmation,
    IReadOnlyList<PlannedObligation> OnPlannedFix,
    ExtensionScope Extension)
{
    public IEnumerable<PlannedObligation> All => OnConfirmation.Concat(OnPlannedFix);

    /// <summary>R2 §15.1, §16.1.</summary>
    public bool AlertsWorkingGroup => Has(ObligationCatalogue.WorkingGroupAlert);

    /// <summary>R2 §15.2, §16.3: within 30 minutes of confirmation.</summary>
    public bool AnnouncesOnMainPage => Has(ObligationCatalogue.Announce);

    /// <summary>R2 §15.3 (medium only): the reporting user and every potential supplier of the affected procurements.</summary>
    public bool NotifiesSuppliers => Has(ObligationCatalogue.SupplierNotice);

    public bool ExtendsDeadlines => Extension != ExtensionScope.None;

    private bool Has(ObligationDefinition definition) => OnConfirmation.Any(p => p.Code == definition.Code);
}

public enum LevelChangeRefusal
{
    /// <summary>The new level is the current one.</summary>
    Unchanged = 1,

    RoleNotAllowed = 2,

    /// <summary>Lowering withdraws duties owed to users and the Working Group: it needs a recorded reason.</summary>
    ReasonRequired = 3,
}

public sealed record LevelChangeCheck(Severity From, Severity To, LevelChangeRefusal? Refusal)
{
    public bool IsAllowed => Refusal is null;

    public bool IsLowering => To < From;
}

/// <summary>The guided choice of a confirmed failure's level (R2 §12-§13), what the level will set off
/// (R2 §14-§16), and who may change it afterwards.</summary>
public static class SeverityWizard
{
    public static IReadOnlyList<SeverityQuestion> Questions { get; } =
        [SeverityQuestion.AllUsersBlocked, SeverityQuestion.AffectedParticipantsCouldNotTakePart];

    public static Severity? Level(SeverityAnswers answers) => answers switch
    {
        { AllUsersBlocked: true } => Severity.High,
        { AllUsersBlocked: false, AffectedParticipantsCouldNotTakePart: true } => Severity.Medium,
        { AllUsersBlocked: false, AffectedParticipantsCouldNotTakePart: false } => Severity.Low,
        _ => null,
    };

    /// <summary>The question whose answer fixed the level; null while undecided.</summary>
    public static SeverityQuestion? DecidingQuestion(SeverityAnswers answers) => answers switch
    {
        { AllUsersBlocked: true } => SeverityQuestion.AllUsersBlocked,
        { AllUsersBlocked: false, AffectedParticipantsCouldNotTakePart: not null } => SeverityQuestion.AffectedParticipantsCouldNotTakePart,
        _ => null,
    };

    /// <summary>The unanswered question that decides next; null once the level is decided. The second question
    /// cannot decide alone: a failure that blocks everyone is high whatever else it did.</summary>
    public static SeverityQuestion? NextQuestion(SeverityAnswers answers) => answers switch
    {
        { AllUsersBlocked: null } => SeverityQuestion.AllUsersBlocked,
        { AllUsersBlocked: false, AffectedParticipantsCouldNotTakePart: null } => SeverityQuestion.AffectedParticipantsCouldNotTakePart,
        _ => null,
    };

    public static SeverityAssessment Assess(SeverityAnswers answers)
    {
        var level = Level(answers);
        return new(level, DecidingQuestion(answers), NextQuestion(answers), level is { } decided ? Explanation(decided) : null);
    }

    public static WizardText Question(SeverityQuestion question) => question switch
    {
        SeverityQuestion.AllUsersBlocked => AllUsersBlockedText,
        SeverityQuestion.AffectedParticipantsCouldNotTakePart => ParticipantsBlockedText,
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>Why a failure has this level: the test of R2 §13 it meets.</summary>
    public static WizardText Explanation(Severity level) => level switch
    {
        Severity.Low => LowWhy,
        Severity.Medium => MediumWhy,
        Severity.High => HighWhy,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>What confirming at <paramref name="level"/> sets off, each duty on its own calendar.
    /// With <paramref name="plannedFixAt"/>, also the duties of a fix at that time (e.g. R2 §16.9's report).</summary>
    public static SeverityPreview Preview(Severity level, Instant confirmedAt, Instant? plannedFixAt, WorkingCalendars calendar, ObligationSettings settings)
    {
        if (plannedFixAt < confirmedAt)
            throw new ArgumentException("A planned fix cannot precede the confirmation; validate the form before previewing.", nameof(plannedFixAt));
        var onConfirmation = ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Confirmed, confirmedAt, Severity: level), calendar, settings);
        var onFix = plannedFixAt is { } fix
            ? ObligationPlanner.Plan(new ObligationEvent(ObligationTrigger.Fixed, fix, Severity: level), calendar, settings)
            : [];
        return new SeverityPreview(level, onConfirmation, onFix, ExtensionFor(level));
    }

    /// <summary>R2 §25: a failure that may be medium or high is alerted to the Owner's information-security unit and
    /// the Working Group in order to confirm it, so the alert is the wizard's step before "confirm".</summary>
    public static bool NeedsConfirmationAlert(Severity? level) => level is Severity.Medium or Severity.High;

    public static ExtensionScope ExtensionFor(Severity level) => level switch
    {
        Severity.Medium => ExtensionScope.AffectedProcurements,
        Severity.High => ExtensionScope.WholeModule,
        _ => ExtensionScope.None,
    };

    /// <summary>Raising is open to the roles that confirm (R2 §12: the level is set by whoever confirms). Lowering
    /// is the console's own safeguard, not the Rules': it withdraws duties of R2 §15-§16 already owed, so only a
    /// Supervisor may, and only with a <paramref name="reason"/> for the record.</summary>
    public static LevelChangeCheck IsLevelChangeAllowed(Severity from, Severity to, IEnumerable<string> roles, string? reason = null)
    {
        if (from == to) return new(from, to, LevelChangeRefusal.Unchanged);
        var lowering = to < from;
        var allowed = lowering ? LoweringRoles : IncidentLifecycle.RolesFor(IncidentAction.Confirm);
        if (!roles.Any(allowed.Contains)) return new(from, to, LevelChangeRefusal.RoleNotAllowed);
        if (lowering && string.IsNullOrWhiteSpace(reason)) return new(from, to, LevelChangeRefusal.ReasonRequired);
        return new(from, to, null);
    }

    private static readonly HashSet<string> LoweringRoles = new([StaffRole.Supervisor], StringComparer.Ordinal);

    private static readonly WizardText AllUsersBlockedText = new("severity.question.all-users-blocked", "R2 §13.3", new(
        "Жүйенің бір немесе одан да көп модулі тоқтағандықтан немесе қол жетімсіз болғандықтан, " +
        "веб-порталды пайдаланушылардың барлығында сатып алуға қатысу мүмкіндігі жоқ па?",
        "Из-за остановки или недоступности одного или более модулей Системы у всех пользователей веб-портала отсутствует возможность участия в закупках?",
        "Are all portal users unable to take part in procurements because one or more System modules are stopped or unavailable?"));

    private static readonly WizardText ParticipantsBlockedText = new("severity.question.affected-participants-could-not-take-part", "R2 §13.2", new(
        "Пайдаланушылардың алдыңғы жұмыстарының нәтижесіздігіне әкеп соқтыруы мүмкін немесе әкеп соқтырған " +
        "ақаулықтың ықпалына ұшыраған бір немесе бірнеше қатысушы сатып алуға қатыса алмай қалды ма?",
        "Лишились ли возможности участвовать в закупке один или несколько участников, подвергшихся влиянию " +
        "неисправности, которая привела или может привести к безрезультатности предыдущих работ пользователей?",
        "Has a fault that voided (or may void) users' earlier work left one or several of the participants it affected unable to take part in a procurement?"));

    private static readonly WizardText HighWhy = new("severity.why.high", "R2 §13.3", new(
        "Жоғары: Жүйенің бір немесе одан да көп модулі тоқтады немесе қол жетімсіз, веб-порталды " +
        "пайдаланушылардың барлығында сатып алуға қатысу мүмкіндігі жоқ (Қағидалардың 13-тармағының 3) тармақшасы).",
        "Высокий: один или более модулей Системы остановлены или недоступны, и у всех пользователей " +
        "веб-портала отсутствует возможность участия в закупках (подпункт 3) пункта 13 Правил).",
        "High: one or more System modules are stopped or unavailable and no portal user can take part in procurements (R2 §13.3)."));

    private static readonly WizardText MediumWhy = new("severity.why.medium", "R2 §13.2", new(
        "Орташа: пайдаланушылардың алдыңғы жұмыстарының нәтижесіздігіне әкеп соқтыруы мүмкін немесе әкеп соқтырған ақаулық оның ықпалына " +
        "ұшыраған бір немесе бірнеше қатысушыны сатып алуға қатысу мүмкіндігінен айырды (Қағидалардың 13-тармағының 2) тармақшасы).",
        "Средний: неисправность, которая привела или может привести к безрезультатности предыдущих работ пользователей, " +
        "лишила одного или нескольких подвергшихся её влиянию участников возможности участвовать в закупке (подпункт 2) пункта 13 Правил).",
        "Medium: a fault that voided (or may void) users' earlier work left one or several " +
        "of the participants it affected unable to take part in a procurement (R2 §13.2)."));

    private static readonly WizardText LowWhy = new("severity.why.low", "R2 §13.1", new(
        "Төмен: іркіліс сатып алу рәсімдерін өткізуге және оларға қатысу мүмкіндіктеріне кедергі жасамайды (Қағидалардың 13-тармағының 1) тармақшасы).",
        "Низкий: сбой не препятствует проведению процедур закупок и возможности участия в них (подпункт 1) пункта 13 Правил).",
        "Low: the failure does not hinder procurement procedures or taking part in them (R2 §13.1)."));
}
