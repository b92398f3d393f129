namespace SortieChat.Application.Abstractions;

public interface IMediaLimits
{
    /// <summary>The size of the largest file any upload may carry, in bytes.</summary>
    long LargestBytes { get; }

    /// <summary>The bytes a user's uploads may take together (Media:QuotaMiB).</summary>
    long QuotaBytes { get; }

    /// <summary>How long an upload that no message shows is kept (Media:UnusedUploadHours).</summary>
    TimeSpan UnusedUploadLifetime { get; }
}
