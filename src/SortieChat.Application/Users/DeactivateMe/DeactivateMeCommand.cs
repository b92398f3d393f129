using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Users.DeactivateMe;

/// <summary>The caller's tokens stop working; their messages stay.</summary>
public sealed record DeactivateMeCommand : ICommand<Result>;
