using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SortieChat.Api.Http;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Users.SignInExternalUser;
using SortieChat.Domain.Common;
using SortieChat.Domain.Users;

namespace SortieChat.Api.Auth;

internal static class AuthenticationSetup
{
    /// <summary>
    /// Bearer tokens signed with the built-in HS256 key (issuer, audience, lifetime and signature checked),
    /// or, with <c>Jwt:Authority</c>, tokens of that OpenID Connect issuer. Every endpoint needs a token unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddSortieChatAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IAccessTokenSettings>((options, tokens) =>
        {
            if (tokens.Authority is null)
            {
                Configure(options, tokens, RefuseDeactivatedUsersAsync);
                options.TokenValidationParameters.ValidIssuer = tokens.Issuer;
                options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(tokens.SigningKey);
                options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }
            else
            {
                // The issuer and its signing keys come from the authority's discovery document.
                Configure(options, tokens, SignInExternalUserAsync);
                options.Authority = tokens.Authority;
            }
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    private static void Configure(JwtBearerOptions options, IAccessTokenSettings tokens, Func<TokenValidatedContext, Task> onValidated)
    {
        options.MapInboundClaims = false;
        // Nothing reads the token back; a hub connection would keep it (with its principal) for its whole life.
        options.SaveToken = false;
        options.Audience = tokens.Audience;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = tokens.Audience,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = JwtRegisteredClaimNames.Name,
        };
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = ReadHubTokenFromQueryString,
            OnTokenValidated = async context =>
            {
                await onValidated(context);
                KeepOnlyTheClaimsRead(context);
            },
            OnChallenge = WriteUnauthorizedAsync,
        };
    }

    /// <summary>Browsers cannot set headers on WebSockets: the hub also takes the token from access_token.</summary>
    private static Task ReadHubTokenFromQueryString(MessageReceivedContext context)
    {
        if (context.HttpContext.Request.Path.StartsWithSegments(Configuration.HubRegistration.HubPath)
            && context.Request.Query["access_token"] is { Count: > 0 } token)
        {
            context.Token = token.ToString();
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The validated principal holds the parsed token, its claim set and a second copy of every claim: about 6 KiB that
    /// a hub connection keeps as long as it lives (measured with dotnet-gcdump in benchmark scenario D). Only the user's
    /// ids and name are ever read. The token's expiry, which closes a hub connection, is kept apart by the handler.
    /// </summary>
    private static void KeepOnlyTheClaimsRead(TokenValidatedContext context)
    {
        if (context.Result is { Failure: not null } || context.Principal is not { Identity.AuthenticationType: { } scheme } principal)
        {
            return;
        }

        var kept = principal.Claims.Where(c => c.Type is JwtRegisteredClaimNames.Sub or JwtRegisteredClaimNames.Name or SortieChatClaims.UserId)
            .Select(c => new Claim(c.Type, c.Value));
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(kept, scheme, JwtRegisteredClaimNames.Name, "role"));
    }

    /// <summary>A deactivated (or unknown) user's tokens stop working at once: every request checks.</summary>
    private static async Task RefuseDeactivatedUsersAsync(TokenValidatedContext context)
    {
        var subject = context.Principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserRepository>();
        User? user;
        try
        {
            user = subject is null ? null : await users.FindByIdAsync(subject, context.HttpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-check: thrown on, JwtBearer would log it as an error of the server.
            context.Fail("The request was aborted.");
            return;
        }

        if (user is not { IsActive: true })
        {
            context.Fail("The account behind this token is deactivated or unknown.");
        }
    }

    /// <summary>The external issuer's user becomes ours on first sight; a deactivated one is refused.</summary>
    private static async Task SignInExternalUserAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var subject = principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        if (string.IsNullOrEmpty(subject) || principal.HasClaim(c => c.Type == SortieChatClaims.UserId))
        {
            // Our user id claim is ours to add: a token that carries one is not trusted.
            context.Fail("The token has no subject, or claims a SortieChat user id of its own.");
            return;
        }

        // Known users are read without the write transaction that creating one takes.
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserRepository>();
        var known = await users.FindByExternalSubjectAsync(subject, context.HttpContext.RequestAborted);
        var signedIn = known is not null
            ? known.IsActive ? Result<string>.Success(known.Id) : Result<string>.Failure(new Error(ErrorCodes.Unauthorized, "This account is deactivated."))
            : await context.HttpContext.RequestServices.GetRequiredService<ISender>().Send(
                new SignInExternalUserCommand(
                    subject,
                    principal.FindFirst(JwtRegisteredClaimNames.Email)?.Value,
                    principal.FindFirst(JwtRegisteredClaimNames.Name)?.Value ?? principal.FindFirst("preferred_username")?.Value),
                context.HttpContext.RequestAborted);
        if (signedIn.IsFailure)
        {
            context.Fail(signedIn.Error!.Message);
            return;
        }

        principal.AddIdentity(new ClaimsIdentity([new Claim(SortieChatClaims.UserId, signedIn.Value)]));
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
