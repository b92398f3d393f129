using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Chats.SetSlowMode;

public sealed class SetSlowModeCommandValidator : AbstractValidator<SetSlowModeCommand>
{
    public SetSlowModeCommandValidator()
    {
        RuleFor(x => x.ChatId).MustBeId();
    }
}
