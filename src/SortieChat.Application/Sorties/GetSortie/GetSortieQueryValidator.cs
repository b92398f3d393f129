using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Sorties.GetSortie;

public sealed class GetSortieQueryValidator : AbstractValidator<GetSortieQuery>
{
    public GetSortieQueryValidator() => RuleFor(x => x.SortieId).MustBeId();
}
