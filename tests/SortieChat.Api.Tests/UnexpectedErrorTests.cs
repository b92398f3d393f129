using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
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

    private sealed class ExplodingChats : IChatRepository
    {
        public Task<Chat?> FindByIdAsync(string id, CancellationToken cancellationToken) => throw Boom();

        public Task<Chat?> FindBySortieIdAsync(string sortieId, CancellationToken cancellationToken) => throw Boom();

        public Task<Chat?> FindForPostingAsync(string sortieId, string userId, CancellationToken cancellationToken) => throw Boom();

        public Task<IReadOnlyList<Chat>> ListForMemberAsync(string userId, CancellationToken cancellationToken) => throw Boom();

        public void Add(Chat chat) => throw Boom();

        private static InvalidOperationException Boom() => new("boom: a secret detail");
    }
}
