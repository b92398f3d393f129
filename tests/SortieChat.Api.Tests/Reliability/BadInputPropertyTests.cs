using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SortieChat.Api.Tests.Hubs;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Reliability;

/// <summary>
/// Random and mutated JSON bodies, route values and query strings at every route of the app's route table, and
/// random arguments at every hub method (of any JSON kind): never a 500, never an unhandled exception in the log, always
/// a problem code.
/// </summary>
public sealed class BadInputPropertyTests : IAsyncLifetime
{
    private static readonly string[] FieldNames =
    [
        "type", "content", "status", "title", "description", "startsAt", "maxParticipants", "location", "latitude", "longitude",
        "email", "password", "displayName", "cooldownSeconds", "mediaUrl", "thumbnailUrl", "clientMessageId", "replyTo",
        "sortieId", "messageId", "isTyping", "fileSize", "width", "height", "mediaDuration", "name", "address",
    ];

    private static readonly string[] HubMethods = ["joinRoom", "sendMessage", "typing", "markAsRead", "leaveRoom", "getOnlineUsers"];

    private readonly ErrorLogCapture errors = new();
    private Scenario scenario = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> server = null!;

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        server = scenario.Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(errors)));
        using var warmUp = server.CreateClient();
        await warmUp.GetAsync("/health/live", TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await scenario.DisposeAsync();
    }

    [Fact]
    public void AnyRoute_AnyInput_AnswersAProblemCodeAndNever500()
    {
        var routes = RouteTable();
        routes.Should().HaveCountGreaterThan(15, "the route table is read from the app");
        using var client = server.CreateClient();
        var attempt = from route in Gen.Elements(routes.ToArray())
                      from path in PathFor(route.Template)
                      from query in QueryString()
                      from body in Body()
                      from anonymous in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
                      select (route.Method, Path: path + query, Body: body, Anonymous: anonymous);

        Prop.ForAll(attempt.ToArbitrary(), input => Answers(client, input).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(400));

        errors.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task AnyHubMethod_AnyArgument_FailsWithACodeOrSucceeds()
    {
        // The host that records error logs: a refused call must leave none.
        await using var hub = await HubClient.ConnectAsync(server, scenario.Bob.Token);
        var attempt = from method in Gen.Elements(HubMethods)
                      from argument in JsonValue(3)
                      select (method, argument);
        var samples = attempt.Sample(300, 300);

        foreach (var (method, argument) in samples)
        {
            using var document = JsonDocument.Parse(argument);
            try
            {
                await hub.Connection.InvokeCoreAsync<JsonElement>(method, [document.RootElement.Clone()], TestContext.Current.CancellationToken);
            }
            catch (HubException exception)
            {
                exception.Message.Should().MatchRegex("HubException: [a-z_]+: ", $"{method}({argument})");
            }
        }

        hub.Connection.State.Should().Be(HubConnectionState.Connected);
        errors.Errors.Should().BeEmpty();
    }

    private async Task<bool> Answers(HttpClient client, (string Method, string Path, string? Body, bool Anonymous) input)
    {
        using var request = new HttpRequestMessage(new HttpMethod(input.Method), input.Path);
        if (!input.Anonymous)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Bob.Token);
        }

        if (input.Body is not null)
        {
            request.Content = new StringContent(input.Body, Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            throw new InvalidOperationException($"{input.Method} {input.Path} {input.Body} -> {status} {text}");
        }

        if (status >= 400 && !HasCode(text))
        {
            throw new InvalidOperationException($"{input.Method} {input.Path} {input.Body} -> {status} without a problem code: {text}");
        }

        return true;
    }

    private static bool HasCode(string text)
    {
        try
        {
            using var problem = JsonDocument.Parse(text);
            return problem.RootElement.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private List<(string Method, string Template)> RouteTable() =>
        [.. server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/chat", StringComparison.Ordinal) && !raw.StartsWith("chat", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, "/" + e.RoutePattern.RawText!.TrimStart('/'))))];

    private Gen<string> PathFor(string template)
    {
        var path = Gen.Constant(string.Empty);
        foreach (var part in template.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = part.StartsWith('{') ? RouteValue() : Gen.Constant(part);
            path = from before in path from value in segment select before + "/" + value;
        }

        return path;
    }

    private Gen<string> RouteValue() => Gen.OneOf(
        Gen.Elements(scenario.SortieId, scenario.ChatId, scenario.BobsParticipationId, Guid.CreateVersion7().ToString(), "not-an-id", "0", "%2e%2e", new string('9', 300)),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !s.Contains('\0')).Select(Uri.EscapeDataString).Where(s => s.Length > 0));

    private static Gen<string> QueryString() => Gen.OneOf(
        Gen.Constant(string.Empty),
        from key in Gen.Elements("limit", "before", "after", "afterSeq", "page", "changedAfter", "q", "endpoint")
        from value in Gen.OneOf(Gen.Elements("-1", "0", "1", "101", "abc", "99999999999999999999", ""), ArbMap.Default.GeneratorFor<int>().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        from second in Gen.Elements(string.Empty, "&before=x", "&afterSeq=2", "&page=2")
        select $"?{key}={Uri.EscapeDataString(value)}{second}");

    private static Gen<string?> Body() => Gen.Frequency(
        (1, Gen.Constant<string?>(null)),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s)),
        (6, JsonValue(3).Select(s => (string?)s)));

    /// <summary>A JSON text: objects keyed mostly by the contract's field names, with values of any kind.</summary>
    private static Gen<string> JsonValue(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Constant("null"), Gen.Constant("true"), Gen.Constant("false"),
            ArbMap.Default.GeneratorFor<int>().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("1e308", "-1e400", "0.5", "18446744073709551616", "-0"),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(s => JsonSerializer.Serialize(s)),
            Gen.Elements("\"text\"", "\"image\"", "\"system\"", "\"ACCEPTEE\"", "\"EN_ATTENTE\"", "\"2026-12-24T12:00:00Z\"", "\"\"", "\"\\u202e\""));
        if (depth == 0)
        {
            return scalar;
        }

        var member = from key in Gen.Frequency((4, Gen.Elements(FieldNames)), (1, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
                     from value in JsonValue(depth - 1)
                     select $"{JsonSerializer.Serialize(key)}:{value}";
        var obj = Gen.Choose(0, 6).SelectMany(count => Gen.ListOf(member, count)).Select(members => "{" + string.Join(',', members.Distinct()) + "}");
        var array = Gen.Choose(0, 4).SelectMany(count => Gen.ListOf(JsonValue(depth - 1), count)).Select(items => "[" + string.Join(',', items) + "]");
        return Gen.Frequency((3, scalar), (5, obj), (1, array));
    }
}
