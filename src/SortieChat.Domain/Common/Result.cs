namespace SortieChat.Domain.Common;

/// <summary>The outcome of an operation that can fail in an expected way.</summary>
public class Result
{
    protected Result(Error? error) => Error = error;

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public bool IsFailure => Error is not null;

    /// <summary>The value of a successful <c>Result&lt;T&gt;</c> as an object (null for a plain result), for hosts that do not know T.</summary>
    public virtual object? BoxedValue => null;

    public static Result Success() => new(null);

    public static Result Failure(Error error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result(Error error) => Failure(error);
}

/// <summary>The outcome of an operation that yields a value when it succeeds.</summary>
public sealed class Result<T> : Result
{
    private readonly T? value;

    private Result(T value)
        : base(null) => this.value = value;

    private Result(Error error)
        : base(error)
    {
    }

    public T Value => IsSuccess ? value! : throw new InvalidOperationException($"A failed result has no value ({Error!.Code}).");

    public override object? BoxedValue => IsSuccess ? value : null;

    public static Result<T> Success(T value) => new(value);

    public static new Result<T> Failure(Error error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
