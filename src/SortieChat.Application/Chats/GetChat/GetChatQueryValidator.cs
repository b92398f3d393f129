using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Chats.GetChat;

public sealed class GetChatQueryValidator : AbstractValidator<GetChatQuery>
{
    public GetChatQueryValidator() => RuleFor(x => x.ChatId).MustBeId();
}
