using Microsoft.AspNetCore.Mvc;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>Turns a use case's result into the response: the success shape, or problem details.</summary>
public static class ResultResponses
{
    public static ActionResult<T> Respond<T>(this ControllerBase controller, Result<T> result) =>
        result.IsSuccess ? controller.Ok(result.Value) : controller.Problem(result.Error!);

    public static ActionResult<T> RespondCreated<T>(this ControllerBase controller, Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? controller.Created(location(result.Value), result.Value) : controller.Problem(result.Error!);

    /// <summary>201 with a location when <paramref name="created"/> says so, 200 otherwise (a reopened or deduplicated resource).</summary>
    public static ActionResult<TValue> RespondCreatedOrOk<T, TValue>(
        this ControllerBase controller, Result<T> result, Func<T, TValue> value, Func<T, bool> created, Func<TValue, string> location)
    {
        if (result.IsFailure)
        {
            return controller.Problem(result.Error!);
        }

        var body = value(result.Value);
        return created(result.Value) ? controller.Created(location(body), body) : controller.Ok(body);
    }

    public static ActionResult RespondNoContent(this ControllerBase controller, Result result) =>
        result.IsSuccess ? controller.NoContent() : controller.Problem(result.Error!);

    public static ObjectResult Problem(this ControllerBase controller, Error error) => ProblemResult(controller.HttpContext, error);

    public static ObjectResult ProblemResult(HttpContext context, Error error)
    {
        var problem = ProblemFactory.Create(context, error);
        return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { ProblemFactory.ContentType } };
    }
}
