using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SortieChat.Application.Media.DiscardUnusedUploads;

namespace SortieChat.Infrastructure.Media;

/// <summary>
/// Runs <see cref="UnusedUploadSweep"/> every <see cref="MediaOptions.UnusedUploadSweepInterval"/>, on the host's
/// <see cref="TimeProvider"/>. A failed sweep is logged; the next one picks up where it stopped.
/// </summary>
internal sealed partial class UnusedUploadSweeper(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<MediaOptions> options, ILogger<UnusedUploadSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.UnusedUploadSweepInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<UnusedUploadSweep>().SweepAsync(time.GetUtcNow(), stoppingToken);
                if (deleted > 0)
                {
                    LogSwept(logger, deleted);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogSweepFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} uploads that no message showed")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep of unused uploads failed; the next one will try again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
