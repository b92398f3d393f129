using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Media;

/// <summary>
/// Files under a root folder, named by 128 random bits and served under <c>/media/</c>: the URL is the capability.
/// A file is written to a temporary name and moved into place only when complete.
/// </summary>
public sealed partial class LocalMediaStore(string root) : IMediaStore, IMediaFolder
{
    public const string UrlPrefix = "/media/";

    public string Root { get; } = root;

    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken cancellationToken)
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + NormalizeExtension(extension);
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, $".{name}.part");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            File.Move(temporary, Path.Combine(Root, name));
        }
        finally
        {
            File.Delete(temporary);
        }

        return UrlPrefix + name;
    }

    /// <summary>A temporary file in the store's folder (dot-named: never served), to stream an upload into.</summary>
    public string NewTemporaryPath()
    {
        Directory.CreateDirectory(Root);
        return Path.Combine(Root, $".upload-{Guid.NewGuid():N}.part");
    }

    /// <summary>Moves a complete temporary file into place under a new random name and returns its URL.</summary>
    public string Adopt(string temporaryPath, string extension)
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + NormalizeExtension(extension);
        File.Move(temporaryPath, Path.Combine(Root, name));
        return UrlPrefix + name;
    }

    public ValueTask<bool> IsIssuedAsync(string url, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryGetPath(url, out var path) && File.Exists(path));

    public ValueTask DeleteAsync(string url, CancellationToken cancellationToken)
    {
        if (TryGetPath(url, out var path))
        {
            File.Delete(path);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Only names this store makes are accepted, so a URL can never point outside the root.</summary>
    public bool TryGetPath(string url, out string path)
    {
        var name = url.StartsWith(UrlPrefix, StringComparison.Ordinal) ? url[UrlPrefix.Length..] : string.Empty;
        path = IssuedName().IsMatch(name) ? Path.Combine(Root, name) : string.Empty;
        return path.Length > 0;
    }

    private static string NormalizeExtension(string extension)
    {
        var trimmed = extension.TrimStart('.').ToLowerInvariant();
        return ExtensionPattern().IsMatch(trimmed) ? "." + trimmed : string.Empty;
    }

    [GeneratedRegex("^[0-9a-f]{32}(\\.[a-z0-9]{1,8})?$")]
    private static partial Regex IssuedName();

    [GeneratedRegex("^[a-z0-9]{1,8}$")]
    private static partial Regex ExtensionPattern();
}
