using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using SortieChat.Api.Http;
using SortieChat.Domain.Common;
using SortieChat.Infrastructure.Identity;

namespace SortieChat.Api.Auth;

/// <summary>With <c>Jwt:Authority</c> set, accounts live at that issuer: register and login do not exist here.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class BuiltInAccountsOnlyAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var jwt = context.HttpContext.RequestServices.GetRequiredService<IOptions<JwtOptions>>().Value;
        if (string.IsNullOrEmpty(jwt.Authority))
        {
            return;
        }

        var problem = ProblemFactory.Create(context.HttpContext, new Error(
            ErrorCodes.NotFound, "Built-in accounts are off: sign in with the configured OpenID Connect issuer (Jwt:Authority)."));
        context.Result = new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { ProblemFactory.ContentType } };
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
