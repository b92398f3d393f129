using FluentValidation;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Media.UploadMedia;

public sealed class UploadMediaRequestValidator : AbstractValidator<UploadMediaRequest>
{
    public UploadMediaRequestValidator() => RuleFor(x => x.SortieId).MustBeId();
}
