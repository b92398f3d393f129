using SortieChat.Api.Http;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Api.OpenApi;

/// <summary>The HTTP status each problem code is answered with, as <see cref="ProblemFactory"/> writes it.</summary>
public static class ContractStatus
{
    public static int Of(string code) => code switch
    {
        HttpErrorCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        HttpErrorCodes.BodyTooLarge or RequestErrorCodes.FileTooLarge or RequestErrorCodes.QuotaExceeded => StatusCodes.Status413PayloadTooLarge,
        RequestErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        RequestErrorCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        _ => ProblemFactory.StatusOf(ErrorCodes.KindOf(code)),
    };
}
