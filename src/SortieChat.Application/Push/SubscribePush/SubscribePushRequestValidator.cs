using FluentValidation;
using SortieChat.Application.Abstractions;

namespace SortieChat.Application.Push.SubscribePush;

public sealed class SubscribePushRequestValidator : AbstractValidator<SubscribePushRequest>
{
    public SubscribePushRequestValidator(IPushSettings push)
    {
        RuleFor(x => x.Endpoint).NotEmpty().MaximumLength(2048)
            .Must(endpoint => PushEndpoints.IsAllowed(endpoint, push.AllowInsecureEndpoints))
            .WithMessage("The endpoint must be an https URL that names no loopback or private address.");
        RuleFor(x => x.Keys).NotNull();
        RuleFor(x => x.Keys.P256dh).Must(key => PushEndpoints.DecodesTo(key, 65, 0x04))
            .WithMessage("keys.p256dh must be the base64url of an uncompressed P-256 point (65 bytes).").When(x => x.Keys is not null);
        RuleFor(x => x.Keys.Auth).Must(key => PushEndpoints.DecodesTo(key, 16, null))
            .WithMessage("keys.auth must be the base64url of 16 bytes.").When(x => x.Keys is not null);
    }
}
