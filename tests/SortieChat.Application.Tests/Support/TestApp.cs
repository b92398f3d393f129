using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Common;
using SortieChat.Application.Common.Behaviors;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Infrastructure;
using SortieChat.Infrastructure.Media;

namespace SortieChat.Application.Tests.Support;

/// <summary>
/// The server's own registrations (mediator, handlers, validators, SQLite adapter) without its HTTP host, on a
/// temporary database file, with a recording notifier in place of the hub. Each call runs in its own scope, as a request would.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly bool ownsDirectory;

    private TestApp(string directory, bool ownsDirectory, IReadOnlyDictionary<string, string?> settings)
    {
        Directory = directory;
        this.ownsDirectory = ownsDirectory;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Sqlite:Path"] = Path.Combine(directory, "sortiechat.db"),
                ["Media:Local:Root"] = Path.Combine(directory, "media"),
                // Tests send in bursts; the tests of the limit itself set it back.
                ["RateLimits:SendsPerSecond"] = "1000",
                ["RateLimits:LoginsPerMinute"] = "1000",
                ["RateLimits:RegistrationsPerHour"] = "100000",
            })
            .AddInMemoryCollection(settings)
            .Build();
        var environment = new HostingEnvironment { EnvironmentName = "Development", ContentRootPath = directory, ApplicationName = "SortieChat.Tests" };
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddMetrics();
        // The Api's composition without its host: the same mediator options (they are read at compile time, here too).
        collection.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection)];
            options.PipelineBehaviors = [typeof(MetricsBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
            options.NotificationPublisherType = typeof(HandlerIsolatingPublisher);
        });
        collection.AddApplication();
        collection.AddInfrastructure(configuration, environment);
        // The real PBKDF2 hasher, with fewer rounds so that tests can register users quickly.
        collection.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        collection.AddSingleton(Notifier);
        collection.AddSingleton<IRealtimeNotifier>(Notifier);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public string Directory { get; }

    public RecordingNotifier Notifier { get; } = new();

    public LocalMediaStore Media => services.GetRequiredService<LocalMediaStore>();

    public static Task<TestApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        StartInAsync(Path.Combine(Path.GetTempPath(), "sortiechat-tests", Guid.NewGuid().ToString("N")), ownsDirectory: true, settings);

    /// <summary>Opens the same database file again, as a restarted server would.</summary>
    public Task<TestApp> ReopenAsync() => StartInAsync(Directory, ownsDirectory: false, null);

    public async Task<TResponse> SendAsync<TResponse>(string? userId, ICommand<TResponse> command)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UserId = userId;
        var response = await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
        // A command answers once its data is durable; these tests also look at what it published, so wait for that.
        await services.GetRequiredService<CommittedEventQueue>().WhenIdleAsync(TestContext.Current.CancellationToken);
        return response;
    }

    public async Task<TResponse> SendAsync<TResponse>(string? userId, IQuery<TResponse> query)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UserId = userId;
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, TestContext.Current.CancellationToken);
    }

    /// <summary>A request that is neither a command nor a query (an upload).</summary>
    public async Task<TResponse> SendAsync<TResponse>(string? userId, IRequest<TResponse> request)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UserId = userId;
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Runs <typeparamref name="TService"/> in a scope of its own, as a background worker would.</summary>
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> run)
        where TService : notnull
    {
        await using var scope = services.CreateAsyncScope();
        var result = await run(scope.ServiceProvider.GetRequiredService<TService>());
        await services.GetRequiredService<CommittedEventQueue>().WhenIdleAsync(TestContext.Current.CancellationToken);
        return result;
    }

    /// <summary>Closes the database as a stopping server would; the file stays until the app is disposed.</summary>
    public async Task StopAsync()
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (ownsDirectory && System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static async Task<TestApp> StartInAsync(string directory, bool ownsDirectory, IReadOnlyDictionary<string, string?>? settings)
    {
        System.IO.Directory.CreateDirectory(directory);
        var app = new TestApp(directory, ownsDirectory, settings ?? new Dictionary<string, string?>());
        await app.services.InitializeInfrastructureAsync(TestContext.Current.CancellationToken);
        return app;
    }
}
