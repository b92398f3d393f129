namespace SortieChat.Application.Abstractions;

public interface IClock
{
    /// <summary>Now, in UTC, to the millisecond (what every store keeps).</summary>
    DateTimeOffset UtcNow { get; }
}
