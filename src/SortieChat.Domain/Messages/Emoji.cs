using System.Collections.Frozen;
using System.Globalization;

namespace SortieChat.Domain.Messages;

/// <summary>
/// A reaction's emoji: exactly one grapheme that Unicode's emoji data lists (<see cref="EmojiTable"/>), kept in its
/// fully-qualified form, so "❤" and "❤️" are the same reaction.
/// </summary>
public static class Emoji
{
    private const char VariationSelector16 = '\uFE0F';

    private static readonly FrozenDictionary<string, string> ByBareForm = EmojiTable.All
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .GroupBy(Bare, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static int Count => ByBareForm.Count;

    /// <summary>The emoji's fully-qualified form when <paramref name="input"/> is exactly one emoji grapheme.</summary>
    public static bool TryNormalize(string? input, out string emoji)
    {
        emoji = string.Empty;
        if (string.IsNullOrEmpty(input) || input.Length > 64 || new StringInfo(input).LengthInTextElements != 1)
        {
            return false;
        }

        if (!ByBareForm.TryGetValue(Bare(input), out var known))
        {
            return false;
        }

        emoji = known;
        return true;
    }

    private static string Bare(string emoji) => emoji.Replace(VariationSelector16.ToString(), string.Empty, StringComparison.Ordinal);
}
