using System.Globalization;

namespace SortieChat.Domain.Common;

/// <summary>
/// Names people see (display names, file names) keep no format characters (Unicode category Cf: U+202E
/// RIGHT-TO-LEFT OVERRIDE and the rest), which can make "gnp.exe" read as "exe.png".
/// </summary>
public static class Names
{
    public static string Clean(string name)
    {
        if (!name.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return name.Trim();
        }

        return new string([.. name.Where(c => char.GetUnicodeCategory(c) != UnicodeCategory.Format)]).Trim();
    }
}
