using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SortieChat.Api.Health;

/// <summary>
/// The health JSON of DESIGN.md section 7, in the shape of the usual ASP.NET Core health writer:
/// {status, totalDuration, entries: {name: {status, description, data}}}. A failing check's exception is not shown.
/// </summary>
internal static class HealthJson
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        // Written to memory first: the serializer flushes synchronously, which Kestrel refuses.
        var buffer = new ArrayBufferWriter<byte>();
        await using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, report);
        }

        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static void Write(Utf8JsonWriter json, HealthReport report)
    {
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteString("totalDuration", report.TotalDuration.ToString("c", CultureInfo.InvariantCulture));
        json.WriteStartObject("entries");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteString("duration", entry.Duration.ToString("c", CultureInfo.InvariantCulture));
            json.WritePropertyName("data");
            JsonSerializer.Serialize(json, entry.Data);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
