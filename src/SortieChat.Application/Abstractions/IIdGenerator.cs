namespace SortieChat.Application.Abstractions;

public interface IIdGenerator
{
    /// <summary>A new UUIDv7, lower case and hyphenated.</summary>
    string NewId();
}
