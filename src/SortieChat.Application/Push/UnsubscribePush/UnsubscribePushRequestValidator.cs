using FluentValidation;

namespace SortieChat.Application.Push.UnsubscribePush;

public sealed class UnsubscribePushRequestValidator : AbstractValidator<UnsubscribePushRequest>
{
    public UnsubscribePushRequestValidator() => RuleFor(x => x.Endpoint).NotEmpty().MaximumLength(2048);
}
