using FluentValidation;

namespace SortieChat.Api.Contracts;

public sealed class MuteChatBodyValidator : AbstractValidator<MuteChatBody>
{
    public MuteChatBodyValidator() => RuleFor(x => x.Muted).NotNull();
}
