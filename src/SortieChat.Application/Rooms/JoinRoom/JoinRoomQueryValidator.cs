using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Rooms.JoinRoom;

public sealed class JoinRoomQueryValidator : AbstractValidator<JoinRoomQuery>
{
    public JoinRoomQueryValidator() => RuleFor(x => x.SortieId).MustBeId();
}
