namespace SortieChat.Application.Abstractions;

/// <summary>Where uploaded files live (DESIGN.md section 6).</summary>
public interface IMediaStore
{
    /// <summary>True when <paramref name="url"/> names a file this store issued and still holds.</summary>
    ValueTask<bool> IsIssuedAsync(string url, CancellationToken cancellationToken);

    /// <summary>Deletes the file behind an issued URL; an unknown URL is ignored.</summary>
    ValueTask DeleteAsync(string url, CancellationToken cancellationToken);
}
