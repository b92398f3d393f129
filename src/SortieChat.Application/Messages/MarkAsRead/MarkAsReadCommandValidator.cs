using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Messages.MarkAsRead;

public sealed class MarkAsReadCommandValidator : AbstractValidator<MarkAsReadCommand>
{
    public MarkAsReadCommandValidator()
    {
        RuleFor(x => x.MessageId).MustBeId();
        RuleFor(x => x.SortieId).MustBeIdWhenPresent();
    }
}
