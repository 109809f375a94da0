using GosZakup.Console.Infrastructure.Jobs;
using Microsoft.Extensions.Localization;

namespace GosZakup.Console.Web.Features.LongJobs;

/// <summary>Why a long job stopped, in the reader's language; an unknown code reads as an error.</summary>
public static class LongJobWording
{
    public static string Stopped(IStringLocalizer l, string? errorCode, int runs) => errorCode switch
    {
        LongJobErrors.Interrupted => l["LongJobs.Stopped.Interrupted", runs],
        LongJobErrors.Superseded => l["LongJobs.Stopped.Superseded"],
        _ => l["LongJobs.Stopped.Error"],
    };
}
