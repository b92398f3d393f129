using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Users.Register;

public sealed record RegisterCommand(string Email, string Password, string DisplayName) : ICommand<Result<AuthResultDto>>;
