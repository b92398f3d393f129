using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Time;

internal sealed class UuidV7IdGenerator : IIdGenerator
{
    public string NewId() => Guid.CreateVersion7().ToString("D");
}
