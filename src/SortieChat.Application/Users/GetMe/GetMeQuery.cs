using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Users.GetMe;

public sealed record GetMeQuery : IQuery<Result<UserDto>>;
