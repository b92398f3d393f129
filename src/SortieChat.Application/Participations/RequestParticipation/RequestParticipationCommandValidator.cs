using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Participations.RequestParticipation;

public sealed class RequestParticipationCommandValidator : AbstractValidator<RequestParticipationCommand>
{
    public RequestParticipationCommandValidator() => RuleFor(x => x.SortieId).MustBeId();
}
