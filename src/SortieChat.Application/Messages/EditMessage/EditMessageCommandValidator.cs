using FluentValidation;
using Microsoft.Extensions.Options;
using SortieChat.Application.Common;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Messages.EditMessage;

/// <summary>The same length rule as sending; whether the message takes content depends on its type (the chat checks).</summary>
public sealed class EditMessageCommandValidator : AbstractValidator<EditMessageCommand>
{
    public EditMessageCommandValidator(IOptions<LimitsOptions> limits)
    {
        RuleFor(x => x.MessageId).MustBeId();
        RuleFor(x => x.Content).MaximumLength(limits.Value.MaxContentLength);
    }
}
