using SortieChat.Domain.Common;

namespace SortieChat.Domain.Tests.TestData;

internal static class ResultExtensions
{
    /// <summary>The error code of a failure, or "ok" for a success, so one assertion tells both apart.</summary>
    public static string Outcome(this Result result) => result.Error?.Code ?? "ok";

    /// <summary>For arranging: a step that must succeed.</summary>
    public static void EnsureSuccess(this Result result)
    {
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"Arrange step failed: {result.Error!.Code} ({result.Error.Message})");
        }
    }
}
