namespace SortieChat.Application.Push;

/// <summary>What a browser passes as <c>applicationServerKey</c> to <c>pushManager.subscribe</c>.</summary>
public sealed record VapidPublicKeyDto(string PublicKey);
