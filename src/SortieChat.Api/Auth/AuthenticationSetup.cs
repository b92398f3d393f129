using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SortieChat.Api.Http;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Common;
using SortieChat.Infrastructure.Identity;

namespace SortieChat.Api.Auth;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Bearer tokens signed with the built-in HS256 key (issuer, audience, lifetime and signature checked),
    /// or issued by <c>Jwt:Authority</c>. Every endpoint needs a token unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddSortieChatAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<JwtSigningKey>((options, signingKey) =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = signingKey.Key,
                ValidateIssuerSigningKey = true,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = JwtRegisteredClaimNames.Name,
            };
            if (!string.IsNullOrEmpty(jwt.Authority))
            {
                options.Authority = jwt.Authority;
                options.Audience = jwt.Audience;
                options.TokenValidationParameters.ValidIssuer = jwt.Authority;
                options.TokenValidationParameters.IssuerSigningKey = null;
                options.TokenValidationParameters.ValidAlgorithms = null;
            }

            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = RefuseDeactivatedUsersAsync,
                OnChallenge = WriteUnauthorizedAsync,
            };
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>A deactivated (or unknown) user's tokens stop working at once: every request checks.</summary>
    private static async Task RefuseDeactivatedUsersAsync(TokenValidatedContext context)
    {
        var subject = context.Principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserRepository>();
        var user = subject is null ? null : await users.FindByIdAsync(subject, context.HttpContext.RequestAborted);
        if (user is not { IsActive: true })
        {
            context.Fail("The account behind this token is deactivated or unknown.");
        }
    }

    private static Task WriteUnauthorizedAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var message = context.AuthenticateFailure is null
            ? "A bearer token is required."
            : "The bearer token is invalid, expired or revoked.";
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return ProblemFactory.WriteAsync(context.HttpContext, new Error(ErrorCodes.Unauthorized, message));
    }
}
