using System.Reflection;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common;

/// <summary>Builds a failed <c>Result</c> or <c>Result&lt;T&gt;</c> for a pipeline behaviour that only knows the response type.</summary>
internal static class ResultFactory<TResponse>
{
    private static readonly Func<Error, TResponse>? Factory = Create();

    public static bool CanFail => Factory is not null;

    public static TResponse Failure(Error error) =>
        Factory is { } factory ? factory(error) : throw new InvalidOperationException($"{typeof(TResponse)} cannot carry an error.");

    private static Func<Error, TResponse>? Create()
    {
        var type = typeof(TResponse);
        if (type == typeof(Result))
        {
            return error => (TResponse)(object)Result.Failure(error);
        }

        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>))
        {
            return null;
        }

        var failure = type.GetMethod(nameof(Result.Failure), BindingFlags.Public | BindingFlags.Static, [typeof(Error)])!;
        return failure.CreateDelegate<Func<Error, TResponse>>();
    }
}
