using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Participations.ListParticipations;

public sealed class ListParticipationsQueryValidator : AbstractValidator<ListParticipationsQuery>
{
    public ListParticipationsQueryValidator() => RuleFor(x => x.SortieId).MustBeId();
}
