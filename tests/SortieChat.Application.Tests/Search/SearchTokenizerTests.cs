using SortieChat.Application.Messages.Search;

namespace SortieChat.Application.Tests.Search;

/// <summary>The one definition of a search word (both stores index and query with it).</summary>
public sealed class SearchTokenizerTests
{
    public static TheoryData<string, string[]> Texts => new()
    {
        { "Café-crème", ["cafe", "creme"] },
        { "CAFÉ CRÈME À 8h30 !", ["cafe", "creme", "a", "8h30"] },
        { "cafe\u0301 typed apart", ["cafe", "typed", "apart"] },
        { "Noël à l'Hôtel-Dieu, Ça va ?", ["noel", "a", "l", "hotel", "dieu", "ca", "va"] },
        { "ŁÓDŹ İstanbul Ørsted Straße", ["łodz", "istanbul", "ørsted", "straße"] },
        { "Ἀθῆναι", ["αθηναι"] },
        // NFD's rule met kana too: the voicing mark of で is a non-spacing mark, so で is found by て (a wider match, never a miss).
        { "東京で会おう 🎉", ["東京て会おう"] },
        { "  ... !!! ?", [] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Words_Text_AreLowercasedWithoutAccentsAndSplitOnAnythingElse(string text, string[] words) =>
        SearchTokenizer.Words(text).Should().Equal(words);

    [Fact]
    public void Words_AVeryLongWord_IsCutAtTheMaximumLength()
    {
        var word = new string('a', SearchTokenizer.MaxWordLength + 10);

        SearchTokenizer.Words(word).Should().Equal(new string('a', SearchTokenizer.MaxWordLength));
    }

    [Fact]
    public void WordsOf_ContentAndFileName_AreDistinct()
    {
        SearchTokenizer.WordsOf("Le plan du plan", "Plan-Randonnée.pdf").Should().Equal("le", "plan", "du", "randonnee", "pdf");
    }

    [Fact]
    public void Parse_SeveralWords_KeepsTheLastAsThePrefix()
    {
        var terms = SearchTerms.Parse("Pique-nique pique au parc")!;

        (terms.Words, terms.Prefix).Should().BeEquivalentTo((new[] { "pique", "nique", "au" }, "parc"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!.,;")]
    public void Parse_NoWord_IsNull(string? q) => SearchTerms.Parse(q).Should().BeNull();
}
