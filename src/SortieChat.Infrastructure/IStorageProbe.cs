namespace SortieChat.Infrastructure;

/// <summary>Asks the configured store for a trivial answer (readiness).</summary>
public interface IStorageProbe
{
    Task PingAsync(CancellationToken cancellationToken);
}
