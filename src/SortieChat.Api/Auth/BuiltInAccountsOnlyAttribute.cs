using Microsoft.AspNetCore.Mvc.Filters;
using SortieChat.Api.Http;
using SortieChat.Application.Abstractions;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Auth;

/// <summary>With <c>Jwt:Authority</c> set, accounts live at that issuer: register and login do not exist here.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class BuiltInAccountsOnlyAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (context.HttpContext.RequestServices.GetRequiredService<IAccessTokenSettings>().Authority is null)
        {
            return;
        }

        context.Result = ResultResponses.ProblemResult(context.HttpContext, new Error(
            ErrorCodes.NotFound, "Built-in accounts are off: sign in with the configured OpenID Connect issuer (Jwt:Authority)."));
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
