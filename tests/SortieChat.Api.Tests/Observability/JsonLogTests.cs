using System.Text.Json;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Observability;

/// <summary>Outside Development the console log is one JSON object per line, and what happens in a request carries its trace id.</summary>
public sealed class JsonLogTests
{
    [Fact]
    public async Task Production_Logs_AreJsonLinesWithTheRequestsTraceId()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_CONTENTROOT"] = ServerProcess.ApiDirectory,
            // Routing says which endpoint runs, at Information: a log line written inside a request.
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing"] = "Information",
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        (await http.GetAsync("/health/live", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Task.Delay(500, TestContext.Current.CancellationToken);

        var lines = server.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().NotBeEmpty();
        var entries = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var inRequest = entries.Where(entry => entry.GetProperty("Category").GetString() == "Microsoft.AspNetCore.Routing.EndpointMiddleware").ToList();
        inRequest.Should().NotBeEmpty(server.Output);
        inRequest.Should().OnlyContain(entry => HasTraceId(entry), server.Output);
    }

    private static bool HasTraceId(JsonElement entry) =>
        entry.GetProperty("Scopes").EnumerateArray().Any(scope => scope.TryGetProperty("TraceId", out var traceId) && traceId.GetString()!.Length == 32);
}
