using FluentValidation;
using SortieChat.Application.Common.Dtos;

namespace SortieChat.Application.Common.Validation;

public sealed class LocationValidator : AbstractValidator<LocationDto>
{
    public LocationValidator()
    {
        RuleFor(x => x.Latitude).InclusiveBetween(-90, 90);
        RuleFor(x => x.Longitude).InclusiveBetween(-180, 180);
        RuleFor(x => x.Address).MaximumLength(500);
        RuleFor(x => x.Name).MaximumLength(200);
    }
}
