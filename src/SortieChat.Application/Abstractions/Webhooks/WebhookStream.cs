namespace SortieChat.Application.Abstractions.Webhooks;

/// <summary>One (endpoint, chat) stream; a chat is named by its sortie (one chat per sortie), which every event knows.</summary>
public sealed record WebhookStream(string Endpoint, string SortieId);
