using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Users;

namespace SortieChat.Domain.Tests;

public sealed class NamesTests
{
    [Theory]
    [InlineData("invoice\u202Egnp.exe", "invoicegnp.exe")]
    [InlineData("zero\u200Bwidth\u2060joiner\uFEFF", "zerowidthjoiner")]
    [InlineData("  plain name  ", "plain name")]
    [InlineData("Zoë 🎉", "Zoë 🎉")]
    public void Clean_RemovesFormatCharactersOnly(string name, string expected) => Names.Clean(name).Should().Be(expected);

    [Fact]
    public void MediaAttachment_FileName_KeepsNoFormatCharacters()
    {
        var media = new MediaAttachment("/media/a.pdf", null, null, 10, "report\u202Efdp.exe", "application/pdf", null, null);

        media.FileName.Should().Be("reportfdp.exe");
    }

    [Fact]
    public void Register_DisplayName_KeepsNoFormatCharacters()
    {
        var user = User.Register("0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b", "a@example.com", "Ali\u202Ece", "hash", DateTimeOffset.UnixEpoch);

        user.DisplayName.Should().Be("Alice");
    }
}
