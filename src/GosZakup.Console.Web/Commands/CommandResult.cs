namespace GosZakup.Console.Web.Commands;

/// <summary>Words to show, not yet translated: a resource key and its arguments. An argument that is itself a
/// <see cref="ResourceText"/> is translated too (a state's name inside a refusal).</summary>
public sealed record ResourceText(string Key, params object[] Args)
{
    /// <summary>A sentence already in the user's words from elsewhere (ASP.NET Identity's localized describer), shown as is.</summary>
    public static ResourceText Verbatim(string sentence) => new(VerbatimKey, sentence);

    internal const string VerbatimKey = "";
}

/// <summary>The outcome of a command (a save, a step of a life cycle): field errors, or a refusal of the whole command,
/// or success with an optional warning. Services fill it with resource keys and codes; the edge translates it: Razor
/// through <see cref="CommandText"/>, the API through <see cref="CommandProblems"/>. Tests assert the codes and keys.</summary>
public record CommandResult
{
    private static readonly IReadOnlyDictionary<string, ResourceText> None = new Dictionary<string, ResourceText>();

    /// <summary>Field name (as in the form, e.g. <c>Suppliers[0].Name</c>) → what is wrong with it.</summary>
    public IReadOnlyDictionary<string, ResourceText> FieldErrors { get; init; } = None;

    /// <summary>Why the command as a whole was refused; null when it was not.</summary>
    public RefusalCode? Refusal { get; init; }

    /// <summary>The refusal in this command's own words; null means the code's general words (<c>Refusal.{Code}</c>).</summary>
    public ResourceText? Reason { get; init; }

    /// <summary>Done, but the user should know something (a step recorded late).</summary>
    public ResourceText? Warning { get; init; }

    public bool Succeeded => FieldErrors.Count == 0 && Refusal is null;

    public static CommandResult Ok(ResourceText? warning = null) => new() { Warning = warning };

    public static CommandResult Invalid(string field, string key, params object[] args) =>
        Invalid(new Dictionary<string, ResourceText> { [field] = new(key, args) });

    public static CommandResult Invalid(IReadOnlyDictionary<string, ResourceText> errors) => new() { FieldErrors = errors };

    public static CommandResult Invalid(string field, ResourceText error) => Invalid(new Dictionary<string, ResourceText> { [field] = error });

    public static CommandResult Refused(RefusalCode code, string? key = null, params object[] args) =>
        new() { Refusal = code, Reason = key is null ? null : new ResourceText(key, args) };

    /// <summary>This failure as the result of a command that would have answered a <typeparamref name="T"/>.</summary>
    public CommandResult<T> As<T>() => new() { FieldErrors = FieldErrors, Refusal = Refusal, Reason = Reason, Warning = Warning };
}

/// <summary>A <see cref="CommandResult"/> that answers a value when it succeeds (the saved appeal's id, the Act's number).</summary>
public sealed record CommandResult<T> : CommandResult
{
    public T? Value { get; init; }

    public static CommandResult<T> Ok(T value, ResourceText? warning = null) => new() { Value = value, Warning = warning };

    public static new CommandResult<T> Invalid(string field, string key, params object[] args) => CommandResult.Invalid(field, key, args).As<T>();

    public static new CommandResult<T> Invalid(IReadOnlyDictionary<string, ResourceText> errors) => new() { FieldErrors = errors };

    public static new CommandResult<T> Invalid(string field, ResourceText error) => CommandResult.Invalid(field, error).As<T>();

    public static new CommandResult<T> Refused(RefusalCode code, string? key = null, params object[] args) => CommandResult.Refused(code, key, args).As<T>();
}
