using Microsoft.AspNetCore.WebUtilities;

namespace GosZakup.Console.Web.Features.SavedViews;

/// <summary>The views every work list offers, by the key the address carries (<c>?view=mine</c>).</summary>
public static class BuiltInViews
{
    public const string All = "all";
    public const string Mine = "mine";
    public const string Unassigned = "unassigned";
    public const string Breaching = "breaching";

    /// <summary>"Breaching in 10 min": what passes its limit within this time, or has passed it already.</summary>
    public static readonly TimeSpan BreachingWithin = TimeSpan.FromMinutes(10);

    /// <summary>A query string's value of <paramref name="name"/> (with or without the leading "?"), or null.</summary>
    public static string? Value(string query, string name) =>
        QueryHelpers.ParseQuery(query).TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    public static string ViewOf(string query) => Value(query, "view") ?? All;
}
