using FluentValidation;
using Microsoft.Extensions.Options;
using SortieChat.Application.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Api.Contracts;

/// <summary>The shape of a send; the ids and whether its files were uploaded here are the command's to check.</summary>
public sealed class SendMessageRequestValidator : AbstractValidator<SendMessageRequest>
{
    public SendMessageRequestValidator(IOptions<LimitsOptions> limits)
    {
        var maxContent = limits.Value.MaxContentLength;
        // A system type is refused here, before membership is read: a malformed send is 400 for members and strangers alike.
        RuleFor(x => x.Type).Must(type => MessageTypeNames.TryParse(type, out var parsed) && parsed.IsPostedByMembers())
            .WithMessage($"'Type' must be one of {string.Join(", ", MessageTypeNames.All.Where(t => t != "system"))}.");
        RuleFor(x => x.Content).MaximumLength(maxContent);
        RuleFor(x => x.Content).Must(content => !string.IsNullOrWhiteSpace(content))
            .WithMessage("A text message needs content.").When(x => x.Type == "text");

        When(x => MessageTypeNames.TryParse(x.Type, out var type) && type.IsMedia(), () =>
        {
            // The other media fields are ignored: the message shows what the upload measured.
            RuleFor(x => x.MediaUrl).NotEmpty().WithMessage("A media message needs the mediaUrl that the upload returned.");
        }).Otherwise(() =>
        {
            RuleFor(x => x.MediaUrl).Null().WithMessage("Only image, video, audio and file messages carry a mediaUrl.");
            RuleFor(x => x.ThumbnailUrl).Null().WithMessage("Only image, video, audio and file messages carry a thumbnailUrl.");
        });

        RuleFor(x => x.Location).NotNull().WithMessage("A location message needs a location.").When(x => x.Type == "location");
        RuleFor(x => x.Location!).SetValidator(new LocationRequestValidator()).When(x => x.Location is not null);
    }
}
