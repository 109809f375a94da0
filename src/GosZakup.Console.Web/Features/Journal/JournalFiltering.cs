using GosZakup.Console.Domain.Calendar;
using GosZakup.Console.Infrastructure.Identity;
using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GosZakup.Console.Web.Features.Journal;

/// <summary>Turns a <see cref="JournalFilter"/> into SQL over the registered appeals.</summary>
internal static class JournalFiltering
{
    /// <summary>The registered appeals that match <paramref name="filter"/>. The substring terms that <paramref name="search"/>
    /// answers from the SQLite search index are left to it; on PostgreSQL they are ILIKE conditions its pg_trgm indexes serve
    /// (migration JournalSearch), elsewhere plain conditions. <paramref name="receivedFrom"/> is the window of
    /// <see cref="JournalShortTerms"/>; <paramref name="commonStatus"/> says the status filter matches more than
    /// <see cref="JournalSearch.DriveLimit"/> incidents.</summary>
    public static IQueryable<AppealRecord> Matching(this AppDbContext db, JournalFilter filter, JournalSearch search, DateTime? receivedFrom = null, bool commonStatus = false)
    {
        var query = search.Source(db).AsNoTracking().Where(a => a.IncidentId != null);
        if (filter.Text is { Length: > 0 } text && !search.ServesText) query = ByText(db, query, text, search.OnPostgres);
        if (filter.FromDay is { } from)
        {
            var start = StartOfAstanaDay(from);
            query = query.Where(a => a.ReceivedAtUtc >= start);
        }
        if (filter.ToDay is { } to)
        {
            var end = StartOfAstanaDay(to.AddDays(1));
            query = query.Where(a => a.ReceivedAtUtc < end);
        }
        if (receivedFrom is { } windowStart) query = query.Where(a => a.ReceivedAtUtc >= windowStart);
        if (filter.Organisation is { Length: > 0 } organisation && !search.ServesOrganisation)
        {
            var pattern = Contained(organisation);
            query = search.OnPostgres
                ? query.Where(a => EF.Functions.ILike(a.OrganisationName, pattern, Escape))
                : query.Where(a => a.OrganisationName.Contains(organisation));
        }
        if (filter.Taxpayer is { Length: > 0 } taxpayer) query = ByTaxpayerPrefix(query, taxpayer);
        if (filter.Channel is { } channel) query = ByChannel(query, channel, search.OnSqlite);
        if (filter.Employee is { Length: > 0 } employee && !search.ServesEmployee)
        {
            var pattern = Contained(employee);
            query = search.OnPostgres
                ? query.Where(a => a.RegisteredByName != null && EF.Functions.ILike(a.RegisteredByName, pattern, Escape))
                : query.Where(a => a.RegisteredByName != null && a.RegisteredByName.Contains(employee));
        }
        if (filter.Status is { Length: > 0 } status) query = ByStatus(query, status, commonStatus && search.OnSqlite);
        return query;
    }

    /// <summary>The escape character of <see cref="Contained"/>'s LIKE patterns.</summary>
    private const string Escape = "\\";

    /// <summary>A LIKE pattern matching <paramref name="term"/> anywhere, its own %, _ and backslash taken literally.</summary>
    internal static string Contained(string term) =>
        "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>The search box: a part of the incident number, the organisation or the BIN/IIN. On PostgreSQL the two ways are
    /// written as one list of appeal ids (a UNION), so each side uses its own trigram index; an OR across the join could not.</summary>
    private static IQueryable<AppealRecord> ByText(AppDbContext db, IQueryable<AppealRecord> query, string text, bool onPostgres)
    {
        if (!onPostgres)
            return query.Where(a => a.Incident!.Number.Contains(text) || a.OrganisationName.Contains(text) || (a.TaxpayerNumber ?? "").Contains(text));
        var pattern = Contained(text);
        var appeals = db.Set<AppealRecord>();
        var ids = appeals.Where(a => a.IncidentId != null && (EF.Functions.ILike(a.OrganisationName, pattern, Escape) || EF.Functions.ILike(a.TaxpayerNumber!, pattern, Escape)))
            .Select(a => a.Id)
            .Union(appeals.Where(a => a.IncidentId != null && EF.Functions.ILike(a.Incident!.Number, pattern, Escape)).Select(a => a.Id));
        return query.Where(a => ids.Contains(a.Id));
    }

    /// <summary>A status that more than <see cref="JournalSearch.DriveLimit"/> incidents have is written, on SQLite, so that no
    /// index can serve it (<c>CASE WHEN … THEN 1 ELSE 0 END = 1</c>): the page then walks the registration index and stops after
    /// a page (under 1 ms) instead of joining every incident of that status and sorting them all (2.3 s at 1M rows). A rarer
    /// status stays a plain condition, which starts from the incidents' status index.</summary>
    private static IQueryable<AppealRecord> ByStatus(IQueryable<AppealRecord> query, string status, bool walk) =>
        walk ? query.Where(a => (a.Incident!.Status == status ? 1 : 0) == 1) : query.Where(a => a.Incident!.Status == status);

    /// <summary>Appeals registered by the users an employee term names (by id, or by the login older rows kept), or whose
    /// recorded name contains the term.</summary>
    public static IQueryable<AppealRecord> TakenBy(this IQueryable<AppealRecord> query, StaffMatch staff, string term)
    {
        var (ids, logins) = (staff.Ids.ToList(), staff.Logins.ToList());
        return query.Where(a => (a.RegisteredById != null && ids.Contains(a.RegisteredById))
            || (a.RegisteredByName != null && (logins.Contains(a.RegisteredByName) || a.RegisteredByName.Contains(term))));
    }

    public static IOrderedQueryable<AppealRecord> Sorted(this IQueryable<AppealRecord> query, JournalFilter filter) => (filter.SortBy, filter.Descending) switch
    {
        (JournalSort.Number, false) => query.OrderBy(a => a.Incident!.Number),
        (JournalSort.Number, true) => query.OrderByDescending(a => a.Incident!.Number),
        (JournalSort.Received, false) => query.OrderBy(a => a.ReceivedAtUtc).ThenBy(a => a.Incident!.Number),
        (JournalSort.Received, true) => query.OrderByDescending(a => a.ReceivedAtUtc).ThenByDescending(a => a.Incident!.Number),
        (JournalSort.Organisation, false) => query.OrderBy(a => a.OrganisationName).ThenBy(a => a.Incident!.Number),
        (JournalSort.Organisation, true) => query.OrderByDescending(a => a.OrganisationName).ThenBy(a => a.Incident!.Number),
        (_, false) => query.OrderBy(a => a.RegisteredAtUtc).ThenBy(a => a.Incident!.Number),
        _ => query.OrderByDescending(a => a.RegisteredAtUtc).ThenByDescending(a => a.Incident!.Number),
    };

    internal static DateTime StartOfAstanaDay(DateTime day) => AstanaTime.ToUtc(LocalDate.FromDateTime(day).AtMidnight());

    /// <summary>A BIN/IIN prefix as a range ("9905" → from "9905" up to "9906"), which the index on
    /// TaxpayerNumber serves; LIKE 'x%' would read the whole table (measured: 1.5 s against 1 ms at 1M rows).</summary>
    private static IQueryable<AppealRecord> ByTaxpayerPrefix(IQueryable<AppealRecord> query, string prefix)
    {
        if (!prefix.All(char.IsAsciiDigit) || prefix.Length > 12 || prefix.All(c => c == '9'))
            return query.Where(a => a.TaxpayerNumber != null && a.TaxpayerNumber.StartsWith(prefix));
        var upper = (long.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(prefix.Length, '0');
        return query.Where(a => a.TaxpayerNumber != null && string.Compare(a.TaxpayerNumber, prefix) >= 0 && string.Compare(a.TaxpayerNumber, upper) < 0);
    }

    /// <summary>On SQLite the channel test is written as <c>CASE WHEN Channel = @c THEN 1 ELSE 0 END = 1</c>. Channel has no
    /// index, and SQLite takes a plain <c>Channel = @c</c> to be selective: it then reads the whole table and sorts it
    /// (0.8 s at 1M rows) instead of walking the registration index and stopping after a page (under 1 ms).</summary>
    private static IQueryable<AppealRecord> ByChannel(IQueryable<AppealRecord> query, Domain.Incidents.AppealChannel channel, bool onSqlite) =>
        onSqlite ? query.Where(a => (a.Channel == channel ? 1 : 0) == 1) : query.Where(a => a.Channel == channel);
}

/// <summary>
/// Substring terms of the Journal answered by the SQLite search index: FTS5 tables with the trigram tokenizer, made and kept
/// current by the SQLite migration <c>JournalSearch</c> (<c>AppealSearch</c> over OrganisationName, TaxpayerNumber and
/// RegisteredByName of the registered appeals; <c>IncidentSearch</c> over the incident Number; rowids are the rows' rowids).
/// <list type="bullet">
/// <item>Only on SQLite, and only for terms of at least 3 characters (a trigram needs 3). Shorter terms, and SQL Server,
/// keep <c>Contains</c>.</item>
/// <item>The index matches regardless of letter case (Cyrillic and Kazakh letters included); <c>Contains</c> on SQLite does not.</item>
/// <item>A term is passed as one FTS5 string ("…" with inner quotes doubled) in a parameter, so it is never FTS syntax.</item>
/// <item>Each term's matches are first counted up to <see cref="DriveLimit"/> + 1 (about a millisecond). Up to the limit the
/// query starts from the matches. Above it the test is written <c>+rowid IN (…)</c>, which SQLite cannot use as an index: it
/// then walks the sort order (or a date range) and tests each row against the matches, stopping after a page, instead of
/// reading and sorting every match. A term with no match makes the result empty without further reading.</item>
/// <item>With a date range, the index is only asked about the rowids of the appeals received in it (their lowest to highest
/// rowid, read from IX_Appeals_ReceivedAtUtc): a common term over a week reads a week of the index, not all of it.</item>
/// <item>With no other filter, the count comes from the index alone: AppealSearch holds exactly the Journal's rows.</item>
/// </list>
/// </summary>
internal sealed class JournalSearch
{
    /// <summary>The trigram tokenizer's shortest term.</summary>
    public const int MinLength = 3;

    /// <summary>Up to this many matches, a query starts from them; above, it walks the sort order.</summary>
    public const int DriveLimit = 2_000;

    private string? inAppeals, textInAppeals, textInIncidents;
    private int inAppealsHits, textInAppealsHits, textInIncidentsHits;
    private long first, last;
    private bool ranged, empty;

    private JournalSearch(bool onSqlite, bool onPostgres) => (OnSqlite, OnPostgres) = (onSqlite, onPostgres);

    public bool OnSqlite { get; }

    /// <summary>On PostgreSQL no term goes through this class: ILIKE conditions use the pg_trgm indexes (see JournalFiltering).</summary>
    public bool OnPostgres { get; }
    public bool ServesText { get; private set; }
    public bool ServesOrganisation { get; private set; }
    public bool ServesEmployee { get; private set; }
    private bool ServesAny => ServesText || ServesOrganisation || ServesEmployee;

    /// <summary>Decides which terms the index answers and how many rows each matches (up to the limit).</summary>
    /// <param name="receivedFrom">The window of <see cref="JournalShortTerms"/>, when a short term narrows the whole query to it.</param>
    public static async Task<JournalSearch> PrepareAsync(AppDbContext db, JournalFilter filter, CancellationToken ct, DateTime? receivedFrom = null)
    {
        var search = new JournalSearch(db.Database.IsSqlite(), db.Database.IsNpgsql());
        if (!search.OnSqlite) return search;
        var (text, organisation, employee) = (Indexable(filter.Text), Indexable(filter.Organisation), Indexable(filter.Employee));
        (search.ServesText, search.ServesOrganisation, search.ServesEmployee) = (text is not null, organisation is not null, employee is not null);
        if (!search.ServesAny) return search;

        if (filter.FromDay is not null || filter.ToDay is not null || receivedFrom is not null)
        {
            var from = filter.FromDay is { } f ? JournalFiltering.StartOfAstanaDay(f) : DateTime.MinValue;
            if (receivedFrom > from) from = receivedFrom.Value;
            var to = filter.ToDay is { } t ? JournalFiltering.StartOfAstanaDay(t.AddDays(1)) : DateTime.MaxValue;
            const string Received = """FROM "Appeals" WHERE "ReceivedAtUtc" >= {0} AND "ReceivedAtUtc" < {1}""";
            var lowest = await db.Database.SqlQueryRaw<long?>("""SELECT min(rowid) AS "Value" """ + Received, from, to).SingleAsync(ct);
            var highest = await db.Database.SqlQueryRaw<long?>("""SELECT max(rowid) AS "Value" """ + Received, from, to).SingleAsync(ct);
            if (lowest is null || highest is null) return search.Nothing();
            (search.first, search.last, search.ranged) = (lowest.Value, highest.Value, true);
        }
        if (organisation is not null || employee is not null)
        {
            string?[] terms = [organisation is null ? null : "OrganisationName : " + Phrase(organisation), employee is null ? null : "RegisteredByName : " + Phrase(employee)];
            search.inAppeals = string.Join(" AND ", terms.OfType<string>());
            search.inAppealsHits = await search.HitsAsync(db, search.inAppeals, ct);
            if (search.inAppealsHits == 0) return search.Nothing();
        }
        if (text is not null)
        {
            search.textInAppeals = "{OrganisationName TaxpayerNumber} : " + Phrase(text);
            search.textInIncidents = Phrase(text);
            search.textInAppealsHits = await search.HitsAsync(db, search.textInAppeals, ct);
            var values = new List<object>();
            search.textInIncidentsHits = await CountAsync(db, $"{IncidentRows(values, search.textInIncidents)} LIMIT {DriveLimit + 1}", values, ct);
            if (search.textInAppealsHits == 0 && search.textInIncidentsHits == 0) return search.Nothing();
        }
        return search;
    }

    /// <summary>Appeals restricted by the indexed terms (the whole table when there are none), as a composable root.</summary>
    public IQueryable<AppealRecord> Source(AppDbContext db)
    {
        if (!ServesAny) return db.Set<AppealRecord>();
        var conditions = new List<string>();
        var values = new List<object>();
        if (empty) conditions.Add("0");
        if (!empty && textInAppeals is not null)
        {
            // An appeal matches the text by its own columns or by its incident's number. Few matches: SQLite starts from both
            // lists (by rowid and by IX_Appeals_IncidentId). Many: each row is tested.
            var many = textInAppealsHits > DriveLimit || textInIncidentsHits > DriveLimit;
            var either = new List<string>();
            if (textInAppealsHits > 0) either.Add($"{Rowid(many)} IN ({AppealRows(values, textInAppeals)})");
            if (textInIncidentsHits > 0)
            {
                var incidents = IncidentRows(values, textInIncidents!);
                either.Add(many
                    ? $"""EXISTS (SELECT 1 FROM "Incidents" AS "n" WHERE "n"."Id" = "Appeals"."IncidentId" AND +"n".rowid IN ({incidents}))"""
                    : $"""
                    "IncidentId" IN (SELECT "Id" FROM "Incidents" WHERE rowid IN ({incidents}))
                    """);
            }
            conditions.Add("(" + string.Join(" OR ", either) + ")");
        }
        if (!empty && inAppeals is not null) conditions.Add($"{Rowid(inAppealsHits > DriveLimit)} IN ({AppealRows(values, inAppeals)})");
#pragma warning disable EF1003 // as in CountAsync: constants only, values are parameters
        return db.Set<AppealRecord>().FromSqlRaw("""SELECT * FROM "Appeals" WHERE """ + string.Join(" AND ", conditions), [.. values]);
#pragma warning restore EF1003
    }

    /// <summary>The exact count straight from the index, when the indexed terms are the whole filter; otherwise null
    /// (count the query). AppealSearch holds exactly the registered appeals, so no row of Appeals is read for it.</summary>
    public async Task<int?> CountAsync(AppDbContext db, JournalFilter filter, CancellationToken ct)
    {
        if (!AnswersWhole(filter)) return null;
        if (empty) return 0;
        var values = new List<object>();
        if (textInAppeals is null) return inAppealsHits <= DriveLimit ? inAppealsHits : await CountAsync(db, AppealRows(values, inAppeals!), values, ct);
        // By the appeal's own columns (one FTS5 expression with the organisation and employee terms), or by its incident's number;
        // UNION counts an appeal found both ways once.
        var ways = new List<string>();
        if (textInAppealsHits > 0) ways.Add(AppealRows(values, inAppeals is null ? textInAppeals : $"{textInAppeals} AND {inAppeals}"));
        if (textInIncidentsHits > 0)
            ways.Add($"""
                SELECT "a".rowid FROM "Incidents" AS "n" JOIN "Appeals" AS "a" ON "a"."IncidentId" = "n"."Id"
                WHERE "n".rowid IN ({IncidentRows(values, textInIncidents!)})
                """ + (inAppeals is null ? "" : $""" AND "a".rowid IN ({AppealRows(values, inAppeals)})"""));
        return await CountAsync(db, string.Join(" UNION ", ways), values, ct);
    }

    /// <summary>The term as one FTS5 string: in double quotes, inner double quotes doubled. Inside a string nothing is syntax
    /// (no OR, NEAR, *, ^, column filters), and the trigram tokenizer turns it into the phrase of its trigrams: a substring match.</summary>
    public static string Phrase(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private bool AnswersWhole(JournalFilter f) =>
        ServesAny && f.FromDay is null && f.ToDay is null && string.IsNullOrEmpty(f.Taxpayer) && f.Channel is null && string.IsNullOrEmpty(f.Status)
        && (string.IsNullOrEmpty(f.Text) || ServesText) && (string.IsNullOrEmpty(f.Organisation) || ServesOrganisation)
        && (string.IsNullOrEmpty(f.Employee) || ServesEmployee);

    private JournalSearch Nothing()
    {
        empty = true;
        return this;
    }

    /// <summary>The rowids of AppealSearch matching <paramref name="match"/>, within the date range's rowids when there is one;
    /// the values become parameters.</summary>
    private string AppealRows(List<object> values, string match)
    {
        var sql = """SELECT rowid FROM "AppealSearch" WHERE "AppealSearch" MATCH """ + Parameter(values, match);
        return ranged ? sql + " AND rowid BETWEEN " + Parameter(values, first) + " AND " + Parameter(values, last) : sql;
    }

    private static string IncidentRows(List<object> values, string match) =>
        """SELECT rowid FROM "IncidentSearch" WHERE "IncidentSearch" MATCH """ + Parameter(values, match);

    /// <summary>Adds a value and returns its placeholder, {0}, {1}…, which EF turns into a parameter.</summary>
    private static string Parameter(List<object> values, object value)
    {
        values.Add(value);
        return "{" + (values.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
    }

    /// <summary>A term the trigram index can answer: at least 3 characters (Unicode scalars, as the tokenizer counts them).</summary>
    private static string? Indexable(string? term) =>
        term is { Length: >= MinLength } && term.EnumerateRunes().Count() >= MinLength && !term.Contains('\0', StringComparison.Ordinal) ? term : null;

    private static string Rowid(bool many) => many ? "+rowid" : "rowid";

    private Task<int> HitsAsync(AppDbContext db, string match, CancellationToken ct)
    {
        var values = new List<object>();
        return CountAsync(db, $"{AppealRows(values, match)} LIMIT {DriveLimit + 1}", values, ct);
    }

    private static Task<int> CountAsync(AppDbContext db, string rows, List<object> values, CancellationToken ct)
    {
        // The SQL is put together from the constants of this class only; every term and bound is a parameter ({0}, {1}…).
#pragma warning disable EF1002
        return db.Database.SqlQueryRaw<int>($"""SELECT count(*) AS "Value" FROM ({rows})""", [.. values]).SingleAsync(ct);
#pragma warning restore EF1002
    }
}
