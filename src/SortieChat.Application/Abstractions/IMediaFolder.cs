namespace SortieChat.Application.Abstractions;

/// <summary>The local folder whose files the host serves under <c>/media/</c>.</summary>
public interface IMediaFolder
{
    string Root { get; }
}
