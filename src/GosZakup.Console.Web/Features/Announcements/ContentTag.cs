using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace GosZakup.Console.Web.Features.Announcements;

/// <summary>Strong entity tags computed from the bytes sent (RFC 9110 §8.8.3): the same content always has the
/// same tag, so the portal's main page and feed readers revalidate with <c>If-None-Match</c> and get a 304.</summary>
public static class ContentTag
{
    public const string CacheControl = "public, max-age=60";

    public static string Of(ReadOnlySpan<byte> content) => $"\"{Base64Url.EncodeToString(SHA256.HashData(content))}\"";

    /// <summary>Whether the request's <c>If-None-Match</c> names this tag (weak comparison, as RFC 9110 §13.1.2 says) or is <c>*</c>.</summary>
    public static bool Matches(HttpRequest request, string tag)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)) return false;
        var ours = EntityTagHeaderValue.Parse(tag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }

    /// <summary>The content with its tag and caching headers, or 304 Not Modified when the client has it already.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult,
            Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult>
        Respond(HttpContext http, byte[] content, string contentType)
    {
        var tag = Of(content);
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = CacheControl;
        return Matches(http.Request, tag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Bytes(content, contentType);
    }
}
