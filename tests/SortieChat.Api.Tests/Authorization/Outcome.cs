using System.Net;

namespace SortieChat.Api.Tests.Authorization;

/// <summary>What a cell of the matrix must answer: a status, and for a refusal its stable code.</summary>
public sealed record Outcome(HttpStatusCode Status, string? Code = null)
{
    public static readonly Outcome Ok = new(HttpStatusCode.OK);

    public static readonly Outcome Created = new(HttpStatusCode.Created);

    public static readonly Outcome NoContent = new(HttpStatusCode.NoContent);

    public static readonly Outcome Unauthorized = new(HttpStatusCode.Unauthorized, "unauthorized");

    public static readonly Outcome InvalidCredentials = new(HttpStatusCode.Unauthorized, "invalid_credentials");

    public static readonly Outcome NotAMember = new(HttpStatusCode.Forbidden, "not_a_member");

    public static readonly Outcome Forbidden = new(HttpStatusCode.Forbidden, "forbidden");

    public static readonly Outcome NotFound = new(HttpStatusCode.NotFound, "not_found");

    public static readonly Outcome AlreadyRequested = new(HttpStatusCode.Conflict, "already_requested");

    public static readonly Outcome InvalidTransition = new(HttpStatusCode.Conflict, "invalid_transition");

    public bool IsSuccess => (int)Status < 400;

    public override string ToString() => Code is null ? $"{(int)Status}" : $"{(int)Status} {Code}";
}
