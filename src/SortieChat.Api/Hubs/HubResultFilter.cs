using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using SortieChat.Api.Auth;
using SortieChat.Api.Http;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Hubs;

/// <summary>
/// The one mapping of hub results: hands the caller to the use cases, binds the raw arguments (<see cref="HubArguments"/>)
/// and checks the shape of the request arguments (<see cref="RequestValidation"/>), unwraps a successful <see cref="Result"/>, and turns a failed one (or an unexpected exception) into <c>error</c> {code, message} for the caller and a
/// <see cref="HubException"/> "code: message" for the invocation.
/// </summary>
internal sealed partial class HubResultFilter(IOptions<JsonHubProtocolOptions> json, ILogger<HubResultFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        SetCurrentUser(context.ServiceProvider, context.Context);
        Error error;
        try
        {
            var returned = await BindValidateAndInvokeAsync(context, next);
            if (returned is not Result result)
            {
                return returned;
            }

            if (result.IsSuccess)
            {
                return result.BoxedValue;
            }

            error = result.Error!;
        }
        catch (HubException)
        {
            throw;
        }
        catch (OperationCanceledException) when (context.Context.ConnectionAborted.IsCancellationRequested)
        {
            // The caller went away while its call waited: nobody to answer, and not a server failure.
            LogAbandoned(logger, context.HubMethodName, context.Context.ConnectionId);
            return null;
        }
        catch (ConcurrencyConflictException)
        {
            error = new Error(ErrorCodes.Conflict, "The data changed meanwhile; nothing was stored: try again.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogUnexpected(logger, exception, context.HubMethodName, context.Context.ConnectionId);
            error = new Error(ErrorCodes.InternalError, "An unexpected error occurred; it was logged.");
        }

        var hub = (Hub<IChatClient>)context.Hub;
        await hub.Clients.Caller.Error(new ErrorEvent(error.Code, error.Message));
        throw new HubException($"{error.Code}: {error.Message}");
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        SetCurrentUser(context.ServiceProvider, context.Context);
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        SetCurrentUser(context.ServiceProvider, context.Context);
        return next(context, exception);
    }

    /// <summary>The raw arguments (<see cref="RawArgumentsProtocol"/>) bound to the method's types, their shape checked, then the call.</summary>
    private async ValueTask<object?> BindValidateAndInvokeAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var bound = HubArguments.Bind(context.HubMethod, context.HubMethodArguments, json.Value.PayloadSerializerOptions);
        if (bound.IsFailure)
        {
            return Result.Failure(bound.Error!);
        }

        var invalid = await RequestValidation.ValidateAsync(context.ServiceProvider, bound.Value, context.Context.ConnectionAborted);
        return invalid is not null
            ? Result.Failure(invalid)
            : await next(new HubInvocationContext(context.Context, context.ServiceProvider, context.Hub, context.HubMethod, bound.Value));
    }

    private static void SetCurrentUser(IServiceProvider services, HubCallerContext caller) =>
        services.GetRequiredService<CurrentUser>().UserId = caller.User is { } user ? SortieChatClaims.UserIdOf(user) : null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Hub method {Method} was abandoned: connection {ConnectionId} closed while it waited")]
    private static partial void LogAbandoned(ILogger logger, string method, string connectionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error in hub method {Method} on connection {ConnectionId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string connectionId);
}
