using Microsoft.AspNetCore.Mvc.Filters;

namespace SortieChat.Api.Http;

/// <summary>A request body whose shape is wrong is answered 400 validation_failed before the action runs.</summary>
internal sealed class ValidateRequestsFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var error = await RequestValidation.ValidateAsync(
            context.HttpContext.RequestServices, context.ActionArguments.Values, context.HttpContext.RequestAborted);
        if (error is null)
        {
            await next();
            return;
        }

        context.Result = ResultResponses.ProblemResult(context.HttpContext, error);
    }
}
