using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Users.GetMe;

public sealed class GetMeQueryHandler(IUserRepository users, ICurrentUser currentUser) : IQueryHandler<GetMeQuery, Result<UserDto>>
{
    public async ValueTask<Result<UserDto>> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.RequireUserId(), cancellationToken);
        return user is { IsActive: true } ? user.ToDto() : UserErrors.NotFound;
    }
}
