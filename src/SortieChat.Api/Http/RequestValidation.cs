using System.Collections.Concurrent;
using FluentValidation;
using SortieChat.Application.Common.Validation;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Http;

/// <summary>
/// Checks the shape of the request types of <c>Contracts/</c> before they become commands, for REST
/// (<see cref="ValidateRequestsFilter"/>) and the hub alike: the first argument whose validator fails is the answer.
/// </summary>
internal static class RequestValidation
{
    private static readonly ConcurrentDictionary<Type, Type> ValidatorTypes = new();

    public static async Task<Error?> ValidateAsync(IServiceProvider services, IEnumerable<object?> arguments, CancellationToken cancellationToken)
    {
        foreach (var argument in arguments)
        {
            if (argument is null
                || services.GetService(ValidatorTypes.GetOrAdd(argument.GetType(), type => typeof(IValidator<>).MakeGenericType(type))) is not IValidator validator)
            {
                continue;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), cancellationToken);
            if (!result.IsValid)
            {
                return ValidationFailures.ToError(result.Errors);
            }
        }

        return null;
    }
}
