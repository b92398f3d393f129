using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Api.Tests.Support;
using SortieChat.Application.Common.DomainEvents;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>A deactivation that lands while a hub connection is being set up, made deterministic by holding the connect in the gap.</summary>
public sealed class DeactivationRaceTests
{
    [Fact]
    public async Task Connect_DeactivatedBetweenTheTokenCheckAndTheRegistration_IsClosed()
    {
        await using var factory = new ApiFactory();
        using var eve = await ApiUser.RegisterAsync(factory, "Eve");
        var gap = new ConnectGap();
        await using var server = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.Configure<HubOptions>(options => options.AddFilter(gap))));
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Server.BaseAddress, "chat"), options =>
            {
                // One WebSocket, authenticated once: long polling would check the token again on its next poll.
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = (context, cancellationToken) =>
                {
                    var client = server.Server.CreateWebSocketClient();
                    client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {eve.Token}";
                    return new ValueTask<System.Net.WebSockets.WebSocket>(client.ConnectAsync(context.Uri, cancellationToken));
                };
            })
            .Build();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += error =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        // The token was checked and the handshake answered; the hub has not registered the connection yet.
        await connection.StartAsync(TestContext.Current.CancellationToken);
        await gap.Entered.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        using var http = server.CreateClient();
        using var deactivate = new HttpRequestMessage(HttpMethod.Delete, "/users/me");
        eve.Authorize(deactivate);
        (await http.SendAsync(deactivate, TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        // Its disconnection has run and found nothing of Eve's to close.
        await server.Services.GetRequiredService<CommittedEventQueue>().WhenIdleAsync(TestContext.Current.CancellationToken);
        gap.Release();

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        connection.State.Should().Be(HubConnectionState.Disconnected);
    }
}
