namespace SortieChat.Api.OpenApi;

/// <summary>
/// The problem codes (DESIGN.md section 4) a route answers besides those every route of its kind answers
/// (<see cref="ProblemResponsesProcessor"/> adds 401 for routes that need a token and 400, 413 and 415 for JSON bodies).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProblemCodesAttribute(params string[] codes) : Attribute
{
    public IReadOnlyList<string> Codes { get; } = codes;
}
