using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Authorization;

/// <summary>One call of the matrix: the fixture, who calls, and the account they call with (none when anonymous).</summary>
public sealed record Cell(MatrixFixture Matrix, Actor Actor, ApiUser? Caller);
