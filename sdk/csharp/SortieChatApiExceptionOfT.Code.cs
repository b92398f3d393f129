namespace SortieChat.Client;

/// <summary>A REST call answered with a documented body (for errors: <see cref="ProblemDetails"/>).</summary>
/// <typeparam name="TResult">The documented body's type.</typeparam>
public partial class SortieChatApiException<TResult>
{
    /// <inheritdoc />
    public override string? Code => Result is ProblemDetails problem ? problem.Code : null;
}
