using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Identity;

/// <summary>The <c>Jwt</c> section and the signing key, resolved only when built-in tokens are validated.</summary>
internal sealed class JwtAccessTokenSettings(IOptions<JwtOptions> options, IServiceProvider services) : IAccessTokenSettings
{
    public string? Authority => options.Value.Authority is { Length: > 0 } authority ? authority : null;

    public string Issuer => options.Value.Issuer;

    public string Audience => options.Value.Audience;

    public byte[] SigningKey => services.GetRequiredService<JwtSigningKey>().Key.Key;
}
