using FluentValidation;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.Validation;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.SendMessage;

/// <summary>
/// The ids around the draft, and a media URL of this server's shape (whose upload the handler then reads); the draft's
/// shape is checked where it enters.
/// </summary>
public sealed class SendMessageCommandValidator : AbstractValidator<SendMessageCommand>
{
    public SendMessageCommandValidator(IMediaStore mediaStore)
    {
        RuleFor(x => x.SortieId).MustBeId();
        RuleFor(x => x.Message).NotNull();
        RuleFor(x => x.ReplyTo).MustBeIdWhenPresent();
        RuleFor(x => x.ClientMessageId).Length(1, 64).When(x => x.ClientMessageId is not null);
        RuleFor(x => x.Message.Mentions).Must(mentions => mentions.Count <= Message.MaxMentions)
            .OverridePropertyName("mentions").WithMessage($"A message mentions at most {Message.MaxMentions} members.").When(x => x.Message is not null);
        RuleForEach(x => x.Message.Mentions).MustBeId().OverridePropertyName("mentions").When(x => x.Message is not null);
        RuleFor(x => x.Message.Media).Null().WithMessage("A message's media is its upload's: name it by mediaUrl.").When(x => x.Message is not null);
        RuleFor(x => x.MediaUrl).NotNull().WithMessage("A media message needs the mediaUrl that the upload returned.")
            .When(x => x.Message is not null && x.Message.Type.IsMedia());
        RuleFor(x => x.MediaUrl!).MustAsync(async (url, ct) => await mediaStore.IsIssuedAsync(url, ct))
            .OverridePropertyName("mediaUrl").WithMessage("'Media Url' must be a file uploaded to this server.")
            .When(x => x.MediaUrl is not null);
    }
}
