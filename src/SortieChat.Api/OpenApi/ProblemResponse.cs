using NJsonSchema.Annotations;

namespace SortieChat.Api.OpenApi;

/// <summary>
/// An RFC 7807 problem as SortieChat writes it (application/problem+json). Documents the shape only: the server
/// writes it through <see cref="Http.ProblemFactory"/>.
/// </summary>
/// <param name="Type">A URL naming the HTTP status.</param>
/// <param name="Title">The kind of failure, in words.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">What went wrong, for people.</param>
/// <param name="Instance">The path that was asked.</param>
/// <param name="Code">The stable code of DESIGN.md section 4 (validation_failed, not_found, ...): what a client acts on.</param>
/// <param name="TraceId">The request's trace id, to find it in the server's logs.</param>
[JsonSchema("ProblemDetails")]
public sealed record ProblemResponse(
    string Type,
    string Title,
    int Status,
    string Detail,
    string Instance,
    string Code,
    string TraceId)
{
    /// <summary>For validation_failed only: each field that failed, with its messages.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }
}
