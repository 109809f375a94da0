using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GosZakup.Console.Domain.Incidents;

namespace GosZakup.Console.Infrastructure.Incidents;

/// <summary>One typed value of a timeline entry. The reader's page puts it in words: a level, a channel or a word by its
/// resource key in the reader's language, an instant in Astana time, a number in the reader's format; what a person
/// typed (a comment, a reason, an organisation's name) stays as typed.</summary>
/// <param name="Type">One of the constants of <see cref="TimelineArg"/>.</param>
/// <param name="Value">The value: invariant text for numbers and instants (ISO 8601, UTC), a code or key otherwise.</param>
/// <param name="Second">For <see cref="Phrase"/>, the phrase's argument; for <see cref="Bilingual"/>, the Russian text.</param>
public sealed record TimelineArg(
    [property: JsonPropertyName("t")] string Type,
    [property: JsonPropertyName("v")] string Value,
    [property: JsonPropertyName("s"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Second = null)
{
    // Values that fill the entry's sentence, "Timeline.{Kind}.Detail", in order.
    public const string TextType = "text";
    public const string InstantType = "at";
    public const string NumberType = "number";
    public const string MoneyType = "money";
    public const string LevelType = "level";
    public const string ChannelType = "channel";
    public const string MailType = "mail";
    public const string CauseType = "cause";
    public const string WordType = "word";

    // Values shown on a line of their own, after the sentence.
    public const string NoteType = "note";
    public const string PhraseType = "phrase";
    public const string BilingualType = "both";

    /// <summary>Text as it was typed or received: a name, a number of a document, an address.</summary>
    public static TimelineArg Text(string text) => new(TextType, text);

    public static TimelineArg At(DateTime utc) => new(InstantType, DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));

    public static TimelineArg Number(int number) => new(NumberType, number.ToString(CultureInfo.InvariantCulture));

    public static TimelineArg Money(decimal tenge) => new(MoneyType, tenge.ToString(CultureInfo.InvariantCulture));

    public static TimelineArg Level(Severity level) => new(LevelType, level.ToString());

    public static TimelineArg Channel(AppealChannel channel) => new(ChannelType, channel.ToString());

    /// <summary>A mail template's kind, e.g. "wg-alert".</summary>
    public static TimelineArg Mail(string kind) => new(MailType, kind);

    /// <summary>A failure cause of the catalogue, by its code.</summary>
    public static TimelineArg Cause(string code) => new(CauseType, code);

    /// <summary>A word of the interface, by its resource key (a priority, "confirmed", a deadline's name).</summary>
    public static TimelineArg Word(string resourceKey) => new(WordType, resourceKey);

    /// <summary>What a person typed (a comment, a reason, an outcome), on its own line, as typed.</summary>
    public static TimelineArg Note(string text) => new(NoteType, text);

    /// <summary>A sentence of the interface on its own line, by its resource key, with one value as typed (or none).</summary>
    public static TimelineArg Phrase(string resourceKey, string? value = null) => new(PhraseType, resourceKey, value);

    /// <summary>Text typed in both languages of the documents: the Kazakh reader reads the Kazakh, the others the Russian.</summary>
    public static TimelineArg Bilingual(string kazakh, string russian) => new(BilingualType, kazakh, russian);

    public bool IsLine => Type is NoteType or PhraseType or BilingualType;
}

/// <summary>The JSON a timeline entry keeps its values in.</summary>
public static class TimelineArgs
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Write(IReadOnlyCollection<TimelineArg> args) => args.Count == 0 ? null : JsonSerializer.Serialize(args, Json);

    public static IReadOnlyList<TimelineArg> Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<TimelineArg>>(json, Json) ?? [];
}
