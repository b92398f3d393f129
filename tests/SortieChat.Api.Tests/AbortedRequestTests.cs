using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SortieChat.Api.Tests.Support;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Users;

namespace SortieChat.Api.Tests;

/// <summary>A client going away is not a server failure: nothing is logged as an error for it.</summary>
public sealed class AbortedRequestTests
{
    [Fact]
    public async Task AClientGoingAway_WhileItsTokenIsChecked_LogsNoError()
    {
        await using var factory = new ApiFactory();
        using var user = await ApiUser.RegisterAsync(factory, "Alice");
        var log = new ErrorLogCapture();
        var users = new StalledUsers();
        await using var stalled = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddScoped<IUserRepository>(_ => users);
            services.AddSingleton<ILoggerProvider>(log);
        }));
        using var client = stalled.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", user.Token);
        using var goingAway = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var call = client.GetAsync("/chats", goingAway.Token);
        await users.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await goingAway.CancelAsync();

        await FluentActions.Awaiting(() => call).Should().ThrowAsync<OperationCanceledException>();
        await users.Abandoned.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        // The handler logs as the cancellation unwinds, right after the look-up gave up: give it that moment.
        await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        log.Errors.Should().BeEmpty();
    }

    /// <summary>The token check's look-up of the user waits until the request is aborted.</summary>
    private sealed class StalledUsers : IUserRepository
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Abandoned { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<User?> FindByIdAsync(string id, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return null;
            }
            finally
            {
                Abandoned.TrySetResult();
            }
        }

        public Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<User?> FindByExternalSubjectAsync(string subject, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<string, User>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public void Add(User user) => throw new NotSupportedException();
    }
}
