using System.Text.Json;
using System.Text.Json.Serialization;
using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Documents;

namespace GosZakup.Console.Web.Features.QuarterlyReport;

/// <summary>The built report kept as JSON on its record, so signing renders exactly what was built and reviewed.</summary>
public static class QuarterlyReportContent
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new QuarterConverter() } };

    public static string Write(QuarterlyReportDocument report) => JsonSerializer.Serialize(report, Options);

    public static QuarterlyReportDocument Read(string json) =>
        JsonSerializer.Deserialize<QuarterlyReportDocument>(json, Options) ?? throw new JsonException("Empty quarterly report content.");

    /// <summary>"2026-Q4": a Quarter's computed neighbours (Next, Previous) would otherwise recurse for ever.</summary>
    private sealed class QuarterConverter : JsonConverter<Quarter>
    {
        public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Quarter.TryParse(reader.GetString(), out var quarter) ? quarter : throw new JsonException("Not a quarter.");

        public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
