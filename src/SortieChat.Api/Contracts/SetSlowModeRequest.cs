using SortieChat.Application.Chats.SetSlowMode;

namespace SortieChat.Api.Contracts;

/// <summary>PATCH /chats/{chatId}: slow mode in seconds (0..3600, 0 turns it off).</summary>
public sealed record SetSlowModeRequest(int? CooldownSeconds)
{
    /// <summary>Once validated (<see cref="SetSlowModeRequestValidator"/>): the cooldown is given.</summary>
    public SetSlowModeCommand ToCommand(string chatId) => new(chatId, CooldownSeconds!.Value);
}
