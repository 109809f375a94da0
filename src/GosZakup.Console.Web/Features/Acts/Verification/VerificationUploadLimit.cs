using GosZakup.Console.Web.Features.Acts.Signing;
using Microsoft.AspNetCore.Http.Features;

namespace GosZakup.Console.Web.Features.Acts.Verification;

/// <summary>The public upload (<c>POST /verify</c>) is capped before anything reads it: a body declared larger than a PDF
/// the page checks is read off and answered with the page saying so (303 to <c>/verify?refused=too-large</c>), and any
/// other body may not grow past the cap while it is read.</summary>
public static class VerificationUploadLimit
{
    public const string TooLarge = "too-large";

    /// <summary>The largest file plus room for the form's other fields and the multipart framing.</summary>
    public const long MaxRequestBytes = ActVerification.MaxUploadBytes + 64 * 1024;

    public static IApplicationBuilder UseVerificationUploadLimit(this IApplicationBuilder app) =>
        app.UseWhen(IsUpload, branch => branch.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBytes)
            {
                await RefuseAsync(context);
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = MaxRequestBytes;
            await next(context);
        }));

    private static async Task RefuseAsync(HttpContext context)
    {
        try
        {
            // Read off first, so the browser gets the answer rather than a reset connection; the server's own body limit
            // (30 MB) still bounds what is read.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = $"/verify?refused={TooLarge}";
    }

    private static bool IsUpload(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/verify", StringComparison.OrdinalIgnoreCase);
}
