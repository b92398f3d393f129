namespace SortieChat.Api.Http;

/// <summary>Codes of DESIGN.md section 4 that only HTTP has.</summary>
public static class HttpErrorCodes
{
    public const string MethodNotAllowed = "method_not_allowed";
    public const string BodyTooLarge = "body_too_large";
}
