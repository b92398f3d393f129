namespace SortieChat.Application.Abstractions;

/// <summary>Checks that the configured media store can take files (readiness).</summary>
public interface IMediaStoreProbe
{
    /// <summary>Local or Cloudinary.</summary>
    string Provider { get; }

    /// <summary>Null when the store can take files; otherwise why not.</summary>
    Task<string?> FindProblemAsync(CancellationToken cancellationToken);
}
