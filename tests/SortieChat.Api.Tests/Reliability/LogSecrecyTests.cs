using System.Net;
using SortieChat.Api.Tests.Hubs;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Reliability;

/// <summary>
/// A whole workflow, hub included (the token in the query string, as browsers send it), against the server as a child
/// process logging everything at Debug: no token, password or message content appears in what it printed.
/// </summary>
public sealed class LogSecrecyTests
{
    private const string Password = "correct horse battery";
    private const string Secret = "SECRET-CONTENT-6d1f0e";

    [Fact]
    public async Task Workflow_LoggedAtDebug_PrintsNoTokenPasswordOrContent()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Debug",
        });
        var (_, alice) = await ProcessScenario.RegisterAsync(server, "Alice");
        var (_, bob) = await ProcessScenario.RegisterAsync(server, "Bob");
        var sortieId = await ProcessScenario.SortieWithMembersAsync(server, alice, bob);
        await ProcessScenario.SendAsync(server, bob, HttpMethod.Post, $"messages/sortie/{sortieId}", new { type = "text", content = Secret + "-rest" }, HttpStatusCode.Created);
        await using (var hub = await HubClient.ConnectOverWebSocketsAsync(server.BaseAddress, alice))
        {
            await hub.InvokeAsync("joinRoom", sortieId);
            await hub.InvokeAsync("sendMessage", new { sortieId, type = "text", content = Secret + "-hub" });
        }

        // The token in the query string, as browsers send it.
        await using (await StuckReader.JoinAsync(server.BaseAddress, bob, sortieId))
        {
        }

        using var wrongLogin = new HttpClient { BaseAddress = server.BaseAddress };
        await wrongLogin.PostAsync("auth/login", System.Net.Http.Json.JsonContent.Create(new { email = "nobody@example.com", password = Password + "-wrong" }), TestContext.Current.CancellationToken);
        await Task.Delay(500, TestContext.Current.CancellationToken);

        var printed = server.Output;
        printed.Should().NotBeEmpty("the server logs at Debug");
        printed.Should().NotContain(alice).And.NotContain(bob, "tokens are never logged, not even from the hub's query string");
        printed.Should().NotContain(alice.Split('.')[2], "not even a token's signature");
        printed.Should().NotContain(Password);
        printed.Should().NotContain(Secret);
    }
}
