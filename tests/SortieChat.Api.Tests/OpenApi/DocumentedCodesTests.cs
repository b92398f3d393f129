using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.OpenApi;

/// <summary>
/// The document's problem responses against what the server really answers: good and bad ids, bodies and query
/// strings at every documented operation, as a member, an outsider and without a token; each problem answered must be listed, with its
/// status and code, for that operation.
/// </summary>
public sealed class DocumentedCodesTests : IAsyncLifetime
{
    private static readonly string[] FieldNames =
        ["type", "content", "status", "title", "startsAt", "maxParticipants", "location", "email", "password", "displayName", "cooldownSeconds", "mediaUrl", "sortieId", "messageId"];

    private Scenario scenario = null!;
    private JsonNode document = null!;

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        using var client = scenario.Factory.CreateClient();
        document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json", TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync() => await scenario.DisposeAsync();

    [Fact]
    public async Task AnyOperation_AnyInput_AnswersOnlyProblemsItsDocumentLists()
    {
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => (Method: method.Key.ToUpperInvariant(), Template: path.Key, Operation: method.Value!)))
            // Deactivating Bob or Mallory would leave nothing but 401 to see.
            .Where(operation => (string)operation.Operation["operationId"]! != "Users_DeactivateMe")
            .ToArray();
        var attempt = from operation in Gen.Elements(operations)
                      from path in PathFor(operation.Template)
                      from query in Gen.Elements(string.Empty, "?limit=0", "?limit=5", "?afterSeq=-1", "?afterSeq=1", "?page=1&before=x", "?before=not-an-id")
                      from body in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("{")), (4, JsonObject()))
                      from token in Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Gen.Constant<string?>(scenario.Bob.Token)), (2, Gen.Constant<string?>(scenario.Mallory.Token)))
                      select (operation.Method, Path: path + query, Body: body, Token: token, operation.Operation);
        using var client = scenario.Factory.CreateClient();
        var undocumented = new List<string>();
        var answered = new HashSet<int>();

        // The random inputs check the documentation; these few make sure each kind of refusal is met at least once.
        var chat = operations.Single(o => o.Method == "GET" && o.Template == "/chats/{chatId}");
        var sure = new[]
        {
            (chat.Method, Path: $"/chats/{scenario.ChatId}", Body: (string?)null, Token: (string?)scenario.Mallory.Token, chat.Operation), // 403
            (chat.Method, Path: $"/chats/{scenario.ChatId}", Body: (string?)null, Token: (string?)null, chat.Operation), // 401
            (chat.Method, Path: "/chats/not-an-id", Body: (string?)null, Token: (string?)scenario.Bob.Token, chat.Operation), // 400
            (chat.Method, Path: $"/chats/{Guid.CreateVersion7()}", Body: (string?)null, Token: (string?)scenario.Bob.Token, chat.Operation), // 404
        };
        foreach (var input in sure.Concat(attempt.Sample(300, 300)))
        {
            var (status, code) = await SendAsync(client, input.Method, input.Path, input.Body, input.Token);
            answered.Add(status);
            var listed = input.Operation["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?["x-problem-codes"]?.AsArray()
                .Select(c => c!.GetValue<string>()) ?? [];
            if (status >= 400 && !listed.Contains(code))
            {
                undocumented.Add($"{input.Operation["operationId"]}: {status} {code} ({input.Method} {input.Path} {input.Body})");
            }
        }

        answered.Should().Contain([400, 401, 403, 404], "the inputs reach the refusals the document lists");
        undocumented.Distinct().Should().BeEmpty();
    }

    private static async Task<(int Status, string? Code)> SendAsync(HttpClient client, string method, string path, string? body, string? token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var code = (int)response.StatusCode >= 400 ? JsonNode.Parse(text)?["code"]?.GetValue<string>() : null;
        return ((int)response.StatusCode, code);
    }

    private Gen<string> PathFor(string template)
    {
        var path = Gen.Constant(string.Empty);
        foreach (var part in template.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = part.StartsWith('{')
                ? Gen.Elements(scenario.SortieId, scenario.ChatId, scenario.BobsParticipationId, Guid.CreateVersion7().ToString(), "not-an-id")
                : Gen.Constant(part);
            path = from before in path from value in segment select before + "/" + value;
        }

        return path;
    }

    private static Gen<string?> JsonObject()
    {
        var value = Gen.Elements("null", "true", "0", "5", "-1", "\"\"", "\"text\"", "\"hello\"", "\"ACCEPTEE\"", "\"2026-12-24T12:00:00Z\"", "{}", "[]");
        var member = from key in Gen.Elements(FieldNames) from item in value select $"{JsonSerializer.Serialize(key)}:{item}";
        return Gen.Choose(0, 5).SelectMany(count => Gen.ListOf(member, count)).Select(members => (string?)("{" + string.Join(',', members.Distinct()) + "}"));
    }
}
