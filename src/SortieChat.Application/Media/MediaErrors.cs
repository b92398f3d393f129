using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Media;

public static class MediaErrors
{
    public static Error FileTooLarge(string typeName, long limitBytes) =>
        RequestErrors.FileTooLarge($"A {typeName} may be at most {limitBytes / 1_048_576.0:0.##} MiB.");

    public static Error QuotaExceeded(long quotaBytes) =>
        RequestErrors.QuotaExceeded($"This file does not fit in your storage quota of {quotaBytes / 1_048_576.0:0.##} MiB.");
}
