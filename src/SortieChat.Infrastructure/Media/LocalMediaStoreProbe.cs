using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Media;

/// <summary>The local folder is ready when a file can be created in it and deleted (dot-named: never served).</summary>
internal sealed class LocalMediaStoreProbe(LocalMediaStore store) : IMediaStoreProbe
{
    public string Provider => "Local";

    public async Task<string?> FindProblemAsync(CancellationToken cancellationToken)
    {
        var probe = Path.Combine(store.Root, $".ready-{Guid.NewGuid():N}.probe");
        try
        {
            Directory.CreateDirectory(store.Root);
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            File.Delete(probe);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"The media folder {store.Root} is not writable: {exception.Message}";
        }
    }
}
