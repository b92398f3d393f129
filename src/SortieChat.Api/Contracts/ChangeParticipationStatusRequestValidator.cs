using FluentValidation;
using SortieChat.Domain.Participations;

namespace SortieChat.Api.Contracts;

public sealed class ChangeParticipationStatusRequestValidator : AbstractValidator<ChangeParticipationStatusRequest>
{
    public ChangeParticipationStatusRequestValidator() =>
        RuleFor(x => x.Status).Must(status => ParticipationStatusNames.TryParse(status, out _))
            .WithMessage($"'Status' must be one of {string.Join(", ", ParticipationStatusNames.All)}.");
}
