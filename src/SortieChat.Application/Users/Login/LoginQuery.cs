using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Users.Login;

/// <summary>A query: logging in reads and issues a token, it changes nothing stored.</summary>
public sealed record LoginQuery(string Email, string Password) : IQuery<Result<AuthResultDto>>;
