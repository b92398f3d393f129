namespace SortieChat.Domain.Common;

/// <summary>An expected failure: a stable code (DESIGN.md section 4), a human message and the kind of failure it is.</summary>
public sealed record Error(string Code, string Message, ErrorKind Kind)
{
    /// <summary>An error of the domain's vocabulary (<see cref="ErrorCodes"/>), whose kind follows from its code.</summary>
    public Error(string code, string message)
        : this(code, message, ErrorCodes.KindOf(code))
    {
    }

    /// <summary>Field name to messages, for <see cref="ErrorCodes.ValidationFailed"/>.</summary>
    public IReadOnlyDictionary<string, string[]>? Fields { get; init; }

    /// <summary>Seconds to wait before retrying, for <see cref="ErrorKind.TooManyRequests"/>.</summary>
    public int? RetryAfterSeconds { get; init; }

    public static Error Validation(string field, string message) =>
        new(ErrorCodes.ValidationFailed, message) { Fields = new Dictionary<string, string[]> { [field] = [message] } };

    public static Error NotFound(string what) => new(ErrorCodes.NotFound, $"{what} was not found.");

    public static Error Forbidden(string message) => new(ErrorCodes.Forbidden, message);
}
