using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>
/// Hub arguments of the wrong JSON kind, at the top or nested, over both protocols: refused as any bad input is, with
/// validation_failed on the invocation and in the error event, and the connection stays usable.
/// </summary>
public sealed class HubArgumentKindTests : IAsyncLifetime
{
    private Scenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Theory]
    [InlineData("json", "sendMessage", "a number")]
    [InlineData("json", "sendMessage", "a string")]
    [InlineData("json", "sendMessage", "a number as content")]
    [InlineData("json", "joinRoom", "an object")]
    [InlineData("json", "joinRoom", "an array")]
    [InlineData("json", "typing", "a string as isTyping")]
    [InlineData("json", "markAsRead", "a boolean")]
    [InlineData("messagepack", "sendMessage", "a number")]
    [InlineData("messagepack", "sendMessage", "a string")]
    [InlineData("messagepack", "sendMessage", "a number as content")]
    [InlineData("messagepack", "joinRoom", "an object")]
    [InlineData("messagepack", "joinRoom", "an array")]
    [InlineData("messagepack", "typing", "a string as isTyping")]
    [InlineData("messagepack", "markAsRead", "a boolean")]
    public async Task Invoke_WithAnArgumentOfTheWrongKind_FailsWithValidationFailedAndAnErrorEvent(string protocol, string method, string argument)
    {
        var error = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = await ConnectAsync(protocol, error);

        var invoke = () => connection.InvokeCoreAsync<object>(method, [ArgumentOf(argument)], TestContext.Current.CancellationToken);

        (await invoke.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("HubException: validation_failed: ");
        (await error.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).Should().Be("validation_failed");
        var joined = await connection.InvokeAsync<object>("joinRoom", scenario.SortieId, TestContext.Current.CancellationToken);
        joined.Should().NotBeNull("the connection stays usable after a refused call");
    }

    [Theory]
    [InlineData("json", "noSuchMethod", 1, "not_found")]
    [InlineData("json", "sendMessage", 2, "validation_failed")]
    [InlineData("json", "typing", 0, "validation_failed")]
    [InlineData("messagepack", "noSuchMethod", 1, "not_found")]
    [InlineData("messagepack", "sendMessage", 2, "validation_failed")]
    public async Task Invoke_AnUnknownMethodOrTheWrongArgumentCount_FailsWithACode(string protocol, string method, int arguments, string code)
    {
        var error = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = await ConnectAsync(protocol, error);

        var invoke = () => connection.InvokeCoreAsync<object>(method, [.. Enumerable.Repeat<object?>(42, arguments)], TestContext.Current.CancellationToken);

        (await invoke.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain($"HubException: {code}: ");
        var joined = await connection.InvokeAsync<object>("joinRoom", scenario.SortieId, TestContext.Current.CancellationToken);
        joined.Should().NotBeNull("the connection stays usable after a refused call");
    }

    private object ArgumentOf(string argument) => argument switch
    {
        "a number" => 42,
        "a string" => "hello",
        "a boolean" => true,
        "an object" => new Dictionary<string, object?> { ["sortieId"] = scenario.SortieId },
        "an array" => new object[] { 1, 2 },
        "a number as content" => new Dictionary<string, object?> { ["sortieId"] = scenario.SortieId, ["type"] = "text", ["content"] = 5 },
        "a string as isTyping" => new Dictionary<string, object?> { ["sortieId"] = scenario.SortieId, ["isTyping"] = "yes" },
        _ => throw new ArgumentOutOfRangeException(nameof(argument)),
    };

    /// <summary>Bob, over long polling on the test server, with the code of the first error event.</summary>
    private async Task<HubConnection> ConnectAsync(string protocol, TaskCompletionSource<string?> error)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(scenario.Factory.Server.BaseAddress, "chat"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => scenario.Factory.Server.CreateHandler();
                options.AccessTokenProvider = () => Task.FromResult<string?>(scenario.Bob.Token);
            });
        if (protocol == "messagepack")
        {
            builder.AddMessagePackProtocol();
        }

        var connection = builder.Build();
        connection.On<object>("error", payload => error.TrySetResult(
            payload is JsonElement json ? json.GetProperty("code").GetString() : ((IDictionary<object, object?>)payload)["code"] as string));
        await connection.StartAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
