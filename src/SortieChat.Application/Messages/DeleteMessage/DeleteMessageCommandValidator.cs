using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Messages.DeleteMessage;

public sealed class DeleteMessageCommandValidator : AbstractValidator<DeleteMessageCommand>
{
    public DeleteMessageCommandValidator() => RuleFor(x => x.MessageId).MustBeId();
}
