namespace SortieChat.Infrastructure.Media;

/// <summary>The <c>Media</c> section (DESIGN.md section 6); the upload limits come with the upload route.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    public string Provider { get; set; } = "Local";

    public LocalMediaOptions Local { get; set; } = new();
}

public sealed class LocalMediaOptions
{
    /// <summary>Relative paths resolve against the content root.</summary>
    public string Root { get; set; } = "data/media";
}
