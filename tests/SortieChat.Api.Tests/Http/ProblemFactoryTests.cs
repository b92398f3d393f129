using Microsoft.AspNetCore.Http;
using SortieChat.Api.Http;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Tests.Http;

/// <summary>The one mapping from an error to its status and title (DESIGN.md section 4).</summary>
public sealed class ProblemFactoryTests
{
    /// <summary>The codes of DESIGN.md section 4 and their statuses, each error made where the code is defined.</summary>
    public static TheoryData<string, int> CodesAndStatuses => new()
    {
        { "validation_failed", 400 },
        { "unauthorized", 401 },
        { "invalid_credentials", 401 },
        { "not_a_member", 403 },
        { "forbidden", 403 },
        { "not_found", 404 },
        { "email_taken", 409 },
        { "already_requested", 409 },
        { "invalid_transition", 409 },
        { "sortie_full", 409 },
        { "conflict", 409 },
        { "file_too_large", 413 },
        { "unsupported_media_type", 415 },
        { "rate_limited", 429 },
        { "slow_mode", 429 },
        { "media_provider_failed", 502 },
        { "internal_error", 500 },
    };

    [Theory]
    [MemberData(nameof(CodesAndStatuses))]
    public void Create_EachCodeOfTheContract_HasItsStatus(string code, int status)
    {
        var problem = ProblemFactory.Create(new DefaultHttpContext(), ErrorWith(code));

        (problem.Status, problem.Extensions["code"]).Should().Be((status, code));
    }

    [Fact]
    public void Create_EachKind_HasATitleOfItsOwn()
    {
        var titles = Enum.GetValues<ErrorKind>()
            .Select(kind => ProblemFactory.Create(new DefaultHttpContext(), new Error("some_code", "What happened.", kind)).Title);

        titles.Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("file_too_large")]
    [InlineData("unsupported_media_type")]
    [InlineData("media_provider_failed")]
    public void Create_NotAConflict_HasNotTheTitleOfAConflict(string code)
    {
        var conflict = ProblemFactory.Create(new DefaultHttpContext(), ErrorWith("conflict"));

        var problem = ProblemFactory.Create(new DefaultHttpContext(), ErrorWith(code));

        problem.Title.Should().NotBe(conflict.Title);
    }

    private static Error ErrorWith(string code) => code switch
    {
        RequestErrorCodes.FileTooLarge => RequestErrors.FileTooLarge("What happened."),
        RequestErrorCodes.UnsupportedMediaType => RequestErrors.UnsupportedMediaType("What happened."),
        RequestErrorCodes.RateLimited => RequestErrors.RateLimited("things", 3),
        _ => new Error(code, "What happened."),
    };
}
