using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Commands;

/// <summary>A failed <see cref="CommandResult"/> as RFC 9457 problem details, in the request's culture: field errors as a
/// validation problem (400), a refusal as a problem whose <c>code</c> extension is the <see cref="RefusalCode"/>.</summary>
public static class CommandProblems
{
    /// <param name="fieldName">The API's name for a form field, so a problem names the field the caller sent.</param>
    public static ValidationProblem Invalid(CommandResult result, IStringLocalizer l, Func<string, string>? fieldName = null)
    {
        fieldName ??= f => f;
        // The message names the field too, for callers that log the text rather than the key.
        return Invalid(result.FieldErrors.ToDictionary(e => fieldName(e.Key), e => new[] { $"{fieldName(e.Key)}: {l.Text(e.Value)}" }));
    }

    /// <summary>Field errors found before the command ran (a value that does not parse), with the same <c>code</c>.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, extensions: new Dictionary<string, object?> { ["code"] = InvalidCode });

    /// <summary>The <c>code</c> of a validation problem: the request is wrong field by field, not refused as a whole.</summary>
    public const string InvalidCode = "invalid";

    public static ProblemHttpResult Refused(CommandResult result, IStringLocalizer l) =>
        TypedResults.Problem(l.RefusalText(result), statusCode: Status(result.Refusal!.Value),
            extensions: new Dictionary<string, object?> { ["code"] = result.Refusal.Value.Wire() });

    public static int Status(RefusalCode code) => code switch
    {
        RefusalCode.NotFound => StatusCodes.Status404NotFound,
        RefusalCode.RoleNotAllowed or RefusalCode.NotForSelf => StatusCodes.Status403Forbidden,
        RefusalCode.OutOfRange or RefusalCode.ReasonRequired or RefusalCode.LevelUnchanged => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status409Conflict,
    };
}
