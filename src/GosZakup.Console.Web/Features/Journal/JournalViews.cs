using GosZakup.Console.Web.Features.SavedViews;
using Microsoft.AspNetCore.WebUtilities;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>The Journal's views. The Register Journal (F1) lists registered appeals, which nobody holds and which have no
/// clock of their own, so "unassigned" and "breaching" do not apply; "mine" is what the user registered.</summary>
public static class JournalViews
{
    public static IReadOnlyList<string> BuiltIns { get; } = [BuiltInViews.All, BuiltInViews.Mine];

    /// <summary>The filter an address gives (what <see cref="JournalFilter.ToQueryString"/> wrote, and the view), or
    /// null when a value cannot be read.</summary>
    public static JournalFilter? FromQuery(string query, string? myLogin)
    {
        if (!JournalFilter.TryParse(new QueryCollection(QueryHelpers.ParseQuery(query)), out var filter)) return null;
        return BuiltInViews.ViewOf(query) == BuiltInViews.Mine && myLogin is not null ? filter with { Employee = myLogin } : filter;
    }
}
