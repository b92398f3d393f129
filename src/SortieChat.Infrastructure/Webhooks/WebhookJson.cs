using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SortieChat.Infrastructure.Webhooks;

/// <summary>The API's JSON contract (camelCase, nulls written, dates in ISO 8601 UTC with milliseconds), for envelopes.</summary>
internal static class WebhookJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new UtcDateConverter() },
    };

    public static string Serialize(WebhookEnvelope envelope) => JsonSerializer.Serialize<object>(envelope, Options);

    private sealed class UtcDateConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
