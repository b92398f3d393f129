namespace SortieChat.Infrastructure;

/// <summary>A configuration that cannot work; the host prints its message as one line and exits.</summary>
public sealed class StartupException(string message) : Exception(message);
