using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Messages.React;

/// <summary>The id's shape; whether the emoji is one is the chat's rule (Unicode's emoji data), checked after membership.</summary>
public sealed class ReactCommandValidator : AbstractValidator<ReactCommand>
{
    public ReactCommandValidator()
    {
        RuleFor(x => x.MessageId).MustBeId();
        RuleFor(x => x.Emoji).NotEmpty();
    }
}
