using FluentValidation;
using SortieChat.Application.Common.Validation;
using SortieChat.Domain.Participations;

namespace SortieChat.Application.Participations.ChangeParticipationStatus;

public sealed class ChangeParticipationStatusCommandValidator : AbstractValidator<ChangeParticipationStatusCommand>
{
    public ChangeParticipationStatusCommandValidator()
    {
        RuleFor(x => x.ParticipationId).MustBeId();
        RuleFor(x => x.Status).Must(status => ParticipationStatusNames.TryParse(status, out _))
            .WithMessage($"'Status' must be one of {string.Join(", ", ParticipationStatusNames.All)}.");
    }
}
