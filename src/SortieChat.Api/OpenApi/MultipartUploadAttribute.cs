namespace SortieChat.Api.OpenApi;

/// <summary>Marks the upload route, whose form <see cref="MultipartUploadProcessor"/> describes.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MultipartUploadAttribute : Attribute;
