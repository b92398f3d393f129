using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Messages.GetMessage;

public sealed class GetMessageQueryValidator : AbstractValidator<GetMessageQuery>
{
    public GetMessageQueryValidator() => RuleFor(x => x.MessageId).MustBeId();
}
