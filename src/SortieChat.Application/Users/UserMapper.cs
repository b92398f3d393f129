using Riok.Mapperly.Abstractions;
using SortieChat.Domain.Users;

namespace SortieChat.Application.Users;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class UserMapper
{
    public static partial UserDto ToDto(this User user);
}
