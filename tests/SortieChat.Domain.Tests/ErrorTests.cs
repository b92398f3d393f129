using SortieChat.Domain.Common;

namespace SortieChat.Domain.Tests;

public sealed class ErrorTests
{
    [Theory]
    [InlineData("file_too_large")]
    [InlineData("rate_limited")]
    [InlineData("no_such_code")]
    public void New_WithACodeOutsideTheDomainAndNoKind_Throws(string code)
    {
        var create = () => new Error(code, "What happened.");

        create.Should().Throw<ArgumentOutOfRangeException>();
    }
}
