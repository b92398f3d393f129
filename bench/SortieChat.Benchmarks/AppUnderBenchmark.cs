using Mediator;
using Microsoft.AspNetCore.Builder;
using SortieChat.Api.Configuration;
using SortieChat.Application.Common;
using SortieChat.Application.Sorties.CreateSortie;
using SortieChat.Application.Users.Register;
using SortieChat.Domain.Sorties;
using SortieChat.Infrastructure;

namespace SortieChat.Benchmarks;

/// <summary>
/// The server's own composition (the Api's registrations, SQLite with synchronous=FULL in a temporary folder, the
/// real hub protocols and notifier) without listening: commands go straight to the mediator, as a controller sends them.
/// </summary>
internal sealed class AppUnderBenchmark : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string directory;

    private AppUnderBenchmark(WebApplication app, string directory)
    {
        this.app = app;
        this.directory = directory;
    }

    public IServiceProvider Services => app.Services;

    public static async Task<AppUnderBenchmark> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sortiechat-benchmarks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = directory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(directory, "sortiechat.db"),
            ["Media:Local:Root"] = Path.Combine(directory, "media"),
            // The limits count per user: one user sends here as fast as the store goes, as the load tool's senders do.
            ["RateLimits:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSortieChat(builder.Configuration, builder.Environment);
        builder.Services.AddSortieChatHttp();
        var app = builder.Build();
        await app.Services.InitializeInfrastructureAsync();
        return new AppUnderBenchmark(app, directory);
    }

    public async Task<TResponse> SendAsync<TResponse>(string? userId, ICommand<TResponse> command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UserId = userId;
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    /// <summary>A user and their sortie, whose chat they are the first member of.</summary>
    public async Task<(string UserId, string SortieId)> CreateSortieAsync()
    {
        var user = (await SendAsync(null, new RegisterCommand($"{Guid.NewGuid():N}@bench.test", "benchmark-password", "Bench"))).Value!;
        var details = new SortieDetails("Benchmark", null, DateTimeOffset.UtcNow.AddDays(1), null, 100);
        var sortie = (await SendAsync(user.UserId, new CreateSortieCommand(details))).Value!;
        return (user.UserId, sortie.Id);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
