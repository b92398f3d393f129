using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Push;

internal sealed class PushSettings(PushOptions options, VapidKeys? keys) : IPushSettings
{
    public bool Enabled => keys is not null;

    public string? VapidPublicKey => keys?.PublicKey;

    public VapidKeys? Keys => keys;

    public bool AllowInsecureEndpoints => options.AllowInsecureEndpoints;
}
