namespace SortieChat.Infrastructure.Push;

/// <summary><c>Push:*</c> (DESIGN.md section 9).</summary>
internal sealed class PushOptions
{
    public const string SectionName = "Push";

    /// <summary>Unset: on in Development, off elsewhere.</summary>
    public bool? Enabled { get; init; }

    public string? VapidSubject { get; init; }

    public string? VapidPublicKey { get; init; }

    public string? VapidPrivateKey { get; init; }

    /// <summary>For tests only: lets a subscription name an http or private endpoint.</summary>
    public bool AllowInsecureEndpoints { get; init; }
}
