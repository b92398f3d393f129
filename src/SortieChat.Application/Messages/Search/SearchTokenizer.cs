using System.Globalization;
using System.Text;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.Search;

/// <summary>
/// The one definition of a search word, shared by the stores and the validation of <c>q</c>: lowercased, accents
/// stripped (as NFD then removing the non-spacing marks), split on anything that is not a letter or a digit.
/// "Café-crème" gives "cafe" and "creme".
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Longer words are cut: index and query cut alike, so a long word still finds itself.</summary>
    public const int MaxWordLength = 64;

    /// <summary>The words of <paramref name="text"/> in order, repeats kept.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var rune in Fold(text).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
                continue;
            }

            Flush(word, words);
        }

        Flush(word, words);
        return words;
    }

    /// <summary>
    /// The distinct words a message is found by: those of its text (or caption) and of its file name; none for a
    /// deleted or a system message.
    /// </summary>
    public static IReadOnlyList<string> WordsOf(Message message) =>
        message.IsDeleted || message.Type == MessageType.System ? [] : WordsOf(message.Content, message.Media?.FileName);

    /// <summary>The distinct words of a message's text and file name.</summary>
    public static IReadOnlyList<string> WordsOf(string? content, string? fileName) =>
        [.. Words(content).Concat(Words(fileName)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Lowercase without accents. The server runs with InvariantGlobalization, where <c>string.Normalize</c> leaves
    /// non-ASCII text unchanged: precomposed letters are taken apart with <see cref="FoldTable"/> (NFD's own data) and
    /// marks typed apart are dropped.
    /// </summary>
    private static string Fold(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.ToLowerInvariant().EnumerateRunes())
        {
            if (FoldTable.Bases.TryGetValue(rune.Value, out var bases))
            {
                kept.Append(bases);
            }
            else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(rune.ToString());
            }
        }

        // A base the table gave may be a capital the first pass did not meet (a title-case letter, for one).
        return kept.ToString().ToLowerInvariant();
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        // Cut on a rune boundary, never inside a surrogate pair.
        words.Add(text.Length <= MaxWordLength ? text : text[..(char.IsHighSurrogate(text[MaxWordLength - 1]) ? MaxWordLength - 1 : MaxWordLength)]);
        word.Clear();
    }
}
