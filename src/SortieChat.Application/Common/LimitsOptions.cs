namespace SortieChat.Application.Common;

/// <summary>The <c>Limits</c> section of the configuration.</summary>
public sealed class LimitsOptions
{
    public const string SectionName = "Limits";

    public int MaxContentLength { get; set; } = 5000;

    public int DefaultPageSize { get; set; } = 50;

    public int MaxPageSize { get; set; } = 100;
}
