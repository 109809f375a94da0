using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Domain.Obligations;

/// <summary>The readings of R2 §7 the operator may choose, shown with the clause text.</summary>
/// <param name="WrittenAppealsPauseForLunch">An e-mail that arrives in the lunch break is registered within
/// 30 minutes after the break (R2 §7): the lunch window pauses the registration clock of written appeals.</param>
/// <param name="SpokenChannels">Channels registered while the caller is on the line: 30 working minutes with
/// no lunch pause and no next-working-day rule.</param>
public sealed record ObligationSettings(bool WrittenAppealsPauseForLunch, IReadOnlySet<AppealChannel> SpokenChannels)
{
    public static ObligationSettings Default { get; } = new(true, new HashSet<AppealChannel> { AppealChannel.Phone, AppealChannel.OperatorSpecialist });

    /// <summary>Registration target, in working minutes (R2 §7).</summary>
    public const int RegistrationMinutes = 30;
}
