using FluentValidation;
using Mediator;
using SortieChat.Application.Common.Validation;

namespace SortieChat.Application.Common.Behaviors;

/// <summary>Runs the message's validators; failures come back as <c>validation_failed</c> with camelCase field names.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count == 0)
        {
            return await next(message, cancellationToken);
        }

        return ResultFactory<TResponse>.Failure(ValidationFailures.ToError(failures));
    }
}
