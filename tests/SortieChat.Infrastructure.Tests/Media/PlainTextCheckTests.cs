using System.Text;
using SortieChat.Infrastructure.Media;

namespace SortieChat.Infrastructure.Tests.Media;

/// <summary>Plain text checked piece by piece: the same verdicts as on the whole, whatever the cuts.</summary>
public sealed class PlainTextCheckTests
{
    [Theory]
    [InlineData("Café au lait, naïve résumé ✓\r\n\tfin", true)]
    [InlineData("\uFEFFwith a byte order mark", true)]
    [InlineData("   <html>", false)]
    [InlineData("a note, then <SCRIPT>alert(1)</script>", false)]
    [InlineData("bell \u0007 in the middle", false)]
    public async Task IsPlainTextAsync_InPiecesOfThreeBytes_JudgesAsOnTheWhole(string text, bool expected)
    {
        // Three bytes cut "é", "✓" and "<script" in two.
        var plain = await PlainTextCheck.IsPlainTextAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken, pieceSize: 3);

        plain.Should().Be(expected);
    }

    [Fact]
    public async Task IsPlainTextAsync_EndingInTheMiddleOfACharacter_IsNotPlainText()
    {
        var cut = Encoding.UTF8.GetBytes("fin é")[..^1];

        (await PlainTextCheck.IsPlainTextAsync(new MemoryStream(cut), TestContext.Current.CancellationToken)).Should().BeFalse();
    }
}
