namespace SortieChat.Application.Common.DomainEvents;

/// <summary>
/// Marks an event handler whose side effect may be slow (a media provider call, for example): it runs beside the
/// per-sortie ordered path, never in it, so that the broadcasts of a room do not wait on it.
/// </summary>
public interface IOffTheOrderedPath;
