using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Chats.MuteChat;

public sealed class MuteChatRequestValidator : AbstractValidator<MuteChatRequest>
{
    public MuteChatRequestValidator() => RuleFor(x => x.ChatId).MustBeId();
}
