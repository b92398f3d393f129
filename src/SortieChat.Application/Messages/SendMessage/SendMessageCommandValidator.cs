using FluentValidation;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Messages.SendMessage;

/// <summary>The ids around the draft, and its files issued by this server; the draft's shape is checked where it enters.</summary>
public sealed class SendMessageCommandValidator : AbstractValidator<SendMessageCommand>
{
    public SendMessageCommandValidator(IMediaStore mediaStore)
    {
        RuleFor(x => x.SortieId).MustBeId();
        RuleFor(x => x.Message).NotNull();
        RuleFor(x => x.ReplyTo).MustBeIdWhenPresent();
        RuleFor(x => x.ClientMessageId).Length(1, 64).When(x => x.ClientMessageId is not null);
        When(x => x.Message?.Media is not null, () =>
        {
            RuleFor(x => x.Message.Media!.Url).MustAsync(async (url, ct) => await mediaStore.IsIssuedAsync(url, ct))
                .OverridePropertyName("mediaUrl").WithMessage("'Media Url' must be a file uploaded to this server.");
            RuleFor(x => x.Message.Media!.ThumbnailUrl!).MustAsync(async (url, ct) => await mediaStore.IsIssuedAsync(url, ct))
                .OverridePropertyName("thumbnailUrl").WithMessage("'Thumbnail Url' must be a file uploaded to this server.")
                .When(x => x.Message.Media!.ThumbnailUrl is not null);
        });
    }
}
