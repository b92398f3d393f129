using System.Diagnostics;
using Mediator;
using SortieChat.Application.Common.Observability;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.Behaviors;

/// <summary>Times every command and query from its arrival to its answer, and counts the ones a rate limit refused.</summary>
public sealed class MetricsBehavior<TMessage, TResponse>(ChatMetrics metrics) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    // "SendMessageCommand" -> "SendMessage": the tag names the use case, as its folder does.
    private static readonly string UseCase = typeof(TMessage).Name is var name && name.EndsWith("Command", StringComparison.Ordinal)
        ? name[..^"Command".Length]
        : name.EndsWith("Query", StringComparison.Ordinal) ? name[..^"Query".Length] : name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var error = (response as Result)?.Error;
        metrics.CommandAnswered(UseCase, Stopwatch.GetElapsedTime(started), error?.Code);
        if (error is { Kind: ErrorKind.TooManyRequests })
        {
            metrics.RateLimited(error.Code);
        }

        return response;
    }
}
