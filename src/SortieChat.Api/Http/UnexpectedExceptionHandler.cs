using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>The unexpected: logged with the trace id, answered as 500 internal_error without details.</summary>
internal sealed partial class UnexpectedExceptionHandler(ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException badRequest)
        {
            await ProblemFactory.WriteAsync(
                httpContext,
                badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? HttpErrors.BodyTooLarge(badRequest.Message)
                    : new Error(ErrorCodes.ValidationFailed, badRequest.Message));
            return true;
        }

        if (exception is ConcurrencyConflictException)
        {
            await ProblemFactory.WriteAsync(httpContext, new Error(ErrorCodes.Conflict, "The data changed meanwhile; nothing was stored: try again."));
            return true;
        }

        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        LogUnexpected(logger, exception, Activity.Current?.Id ?? httpContext.TraceIdentifier, httpContext.Request.Method, httpContext.Request.Path);
        await ProblemFactory.WriteAsync(httpContext, new Error(ErrorCodes.InternalError, "An unexpected error occurred; it was logged with this trace id."));
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error {TraceId} on {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceId, string method, string path);
}
