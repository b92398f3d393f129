using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Rooms.GetRoomAccess;

public sealed class GetRoomAccessQueryValidator : AbstractValidator<GetRoomAccessQuery>
{
    public GetRoomAccessQueryValidator() => RuleFor(x => x.SortieId).MustBeId();
}
