namespace SortieChat.Infrastructure;

/// <summary>Secrets generated in Development (signing key, VAPID pair): created with mode 0600 where the system has modes.</summary>
internal static class OwnerOnlyFile
{
    public static void Create(string file, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(file, options);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
    }
}
