using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Chats.ListPins;

public sealed class ListPinsQueryValidator : AbstractValidator<ListPinsQuery>
{
    public ListPinsQueryValidator() => RuleFor(x => x.ChatId).MustBeId();
}
