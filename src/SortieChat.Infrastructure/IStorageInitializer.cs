namespace SortieChat.Infrastructure;

/// <summary>Prepares the configured store before the server takes requests (schema, indexes, checks).</summary>
internal interface IStorageInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
