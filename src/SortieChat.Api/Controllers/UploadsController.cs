using Mediator;
using Microsoft.AspNetCore.Mvc;
using NSwag.Annotations;
using SortieChat.Api.Http;
using SortieChat.Api.OpenApi;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Common;
using SortieChat.Application.Media;
using SortieChat.Application.Media.UploadMedia;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Controllers;

[ApiController]
[Route("messages")]
public sealed class UploadsController(ISender mediator, IMediaLimits media) : ControllerBase
{
    /// <summary>
    /// Multipart: sortieId, then file. 201 with what to send as an image, video, audio or file message.
    /// </summary>
    // No bound parameters: MVC would otherwise read (and buffer) the whole form before the action runs.
    [OpenApiOperation("Messages_Upload")]
    [MultipartUpload]
    [ProducesResponseType<UploadedMediaDto>(StatusCodes.Status201Created)]
    [ProblemCodes(ErrorCodes.ValidationFailed, ErrorCodes.NotAMember, ErrorCodes.NotFound, RequestErrorCodes.FileTooLarge, RequestErrorCodes.QuotaExceeded, RequestErrorCodes.UnsupportedMediaType, RequestErrorCodes.RateLimited, ErrorCodes.MediaProviderFailed)]
    [HttpPost("upload")]
    [DisableRequestSizeLimit] // MultipartUpload sets the limit from the media options.
    public async Task<ActionResult<UploadedMediaDto>> Upload() =>
        this.RespondCreated(
            await MultipartUpload.ReadAsync(
                Request,
                media.LargestBytes + MultipartOverhead,
                (sortieId, fileName, file) => mediator.Send(new UploadMediaRequest(sortieId, fileName, file), HttpContext.RequestAborted).AsTask(),
                HttpContext.RequestAborted),
            uploaded => uploaded.Url);

    /// <summary>Room for the form's own bytes around the largest file allowed.</summary>
    private const long MultipartOverhead = 1_048_576;
}
