using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Chats.GetChat;

public sealed class GetChatBySortieQueryValidator : AbstractValidator<GetChatBySortieQuery>
{
    public GetChatBySortieQueryValidator() => RuleFor(x => x.SortieId).MustBeId();
}
