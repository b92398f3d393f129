using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.SetSlowMode;

/// <summary>Creator only: a member may send once per <see cref="CooldownSeconds"/> (0 turns slow mode off).</summary>
public sealed record SetSlowModeCommand(string ChatId, int CooldownSeconds) : ICommand<Result<ChatDto>>;
