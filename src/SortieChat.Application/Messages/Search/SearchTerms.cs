namespace SortieChat.Application.Messages.Search;

/// <summary>
/// What a search asks for: every one of <see cref="Words"/> whole, and a word starting with <see cref="Prefix"/> (the
/// last word typed, which may still be half written).
/// </summary>
public sealed record SearchTerms(IReadOnlyList<string> Words, string Prefix)
{
    /// <summary>More words are refused rather than dropped: a dropped word would widen the results unseen.</summary>
    public const int MaxWords = 10;

    /// <summary>A sane bound on what a search box sends.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>The terms of <paramref name="q"/>; null when it holds no word.</summary>
    public static SearchTerms? Parse(string? q)
    {
        var words = SearchTokenizer.Words(q);
        return words.Count == 0 ? null : new SearchTerms([.. words.Take(words.Count - 1).Distinct(StringComparer.Ordinal)], words[^1]);
    }
}
