using Microsoft.Extensions.Caching.Memory;

namespace GosZakup.Console.Web.Features.OwnerReports;

/// <summary>Unsent letters kept for ten minutes so that the preview link can open them in a new tab: the advice being
/// typed is not saved anywhere until the report is recorded as sent. Only the user who asked for a preview gets it.</summary>
public sealed class OwnerReportPreviews(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public string Keep(byte[] pdf, string userName)
    {
        var token = Guid.NewGuid().ToString("N");
        cache.Set(Key(token), (pdf, userName), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = pdf.Length });
        return token;
    }

    public byte[]? Find(string token, string userName) =>
        cache.TryGetValue(Key(token), out (byte[] Pdf, string User) kept) && string.Equals(kept.User, userName, StringComparison.Ordinal) ? kept.Pdf : null;

    private static string Key(string token) => "owner-report-preview:" + token;
}
