namespace SortieChat.LoadTest.Setup;

/// <summary>An account created for the run; its token is reused by every connection of that user.</summary>
internal sealed record BenchUser(string Email, string UserId, string AccessToken)
{
    public const string Password = "load-test-password";
}
