using FluentValidation;

namespace SortieChat.Api.Contracts;

public sealed class CreateSortieRequestValidator : AbstractValidator<CreateSortieRequest>
{
    public CreateSortieRequestValidator()
    {
        RuleFor(x => x.Title).NotNull().Must(title => title.Trim().Length is >= 1 and <= 120)
            .WithMessage("'Title' must be 1 to 120 characters long (spaces around it do not count).");
        RuleFor(x => x.Description).MaximumLength(5000);
        RuleFor(x => x.StartsAt).NotNull();
        RuleFor(x => x.Location!).SetValidator(new LocationRequestValidator()).When(x => x.Location is not null);
        RuleFor(x => x.MaxParticipants).InclusiveBetween(1, 1000);
    }
}
