using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Participations.ChangeParticipationStatus;

public sealed class ChangeParticipationStatusCommandValidator : AbstractValidator<ChangeParticipationStatusCommand>
{
    public ChangeParticipationStatusCommandValidator()
    {
        RuleFor(x => x.ParticipationId).MustBeId();
    }
}
