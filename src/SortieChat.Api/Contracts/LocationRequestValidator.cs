using FluentValidation;

namespace SortieChat.Api.Contracts;

public sealed class LocationRequestValidator : AbstractValidator<LocationRequest>
{
    public LocationRequestValidator()
    {
        RuleFor(x => x.Latitude).InclusiveBetween(-90, 90);
        RuleFor(x => x.Longitude).InclusiveBetween(-180, 180);
        RuleFor(x => x.Address).MaximumLength(500);
        RuleFor(x => x.Name).MaximumLength(200);
    }
}
