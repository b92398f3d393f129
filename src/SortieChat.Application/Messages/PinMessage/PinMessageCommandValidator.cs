using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Messages.PinMessage;

public sealed class PinMessageCommandValidator : AbstractValidator<PinMessageCommand>
{
    public PinMessageCommandValidator() => RuleFor(x => x.MessageId).MustBeId();
}
