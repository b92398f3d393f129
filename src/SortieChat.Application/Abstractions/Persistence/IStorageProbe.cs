namespace SortieChat.Application.Abstractions.Persistence;

/// <summary>Asks the configured store for a trivial answer (readiness).</summary>
public interface IStorageProbe
{
    Task PingAsync(CancellationToken cancellationToken);
}
