using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SortieChat.Api.Tests.Hubs;
using SortieChat.Api.Tests.Support;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Chats;

namespace SortieChat.Api.Tests;

public sealed class UnexpectedErrorTests
{
    [Fact]
    public async Task AnUnexpectedException_Is500InternalErrorWithATraceIdAndNoDetails()
    {
        await using var factory = new ApiFactory();
        using var user = await ApiUser.RegisterAsync(factory, "Alice");
        await using var broken = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddScoped<IChatRepository, ExplodingChats>()));
        using var client = broken.CreateClient();
        client.DefaultRequestHeaders.Authorization = user.Client.DefaultRequestHeaders.Authorization;

        var response = await client.GetAsync("/chats", TestContext.Current.CancellationToken);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError, "internal_error");
        problem["traceId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        problem.ToJsonString().Should().NotContain("boom").And.NotContain("ExplodingChats");
    }

    [Fact]
    public async Task AnUnexpectedExceptionInAHubMethod_IsInternalErrorLoggedOnceByTheHubFilter()
    {
        await using var factory = new ApiFactory();
        using var user = await ApiUser.RegisterAsync(factory, "Alice");
        var log = new ErrorLogCapture();
        await using var broken = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddScoped<IChatRepository, ExplodingChats>();
            services.AddSingleton<ILoggerProvider>(log);
        }));
        await using var hub = await HubClient.ConnectAsync(broken, user.Token);

        var join = () => hub.InvokeAsync("joinRoom", Guid.CreateVersion7().ToString());

        (await join.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("HubException: internal_error: ").And.NotContain("boom");
        log.Errors.Should().ContainSingle().Which.Should().StartWith("SortieChat.Api.Hubs.HubResultFilter: ").And.Contain("boom");
    }

    private sealed class ExplodingChats : IChatRepository
    {
        public Task<Chat?> FindByIdAsync(string id, CancellationToken cancellationToken) => throw Boom();

        public Task<Chat?> FindBySortieIdAsync(string sortieId, CancellationToken cancellationToken) => throw Boom();

        public Task<Chat?> FindForPostingAsync(string sortieId, string userId, IReadOnlyCollection<string> mentioned, CancellationToken cancellationToken) => throw Boom();

        public Task<IReadOnlyList<Chat>> ListForMemberAsync(string userId, CancellationToken cancellationToken) => throw Boom();

        public void Add(Chat chat) => throw Boom();

        private static InvalidOperationException Boom() => new("boom: a secret detail");
    }
}
