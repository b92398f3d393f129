namespace SortieChat.Application.Abstractions;

public interface IMediaLimits
{
    /// <summary>The size of the largest file any upload may carry, in bytes.</summary>
    long LargestBytes { get; }
}
