using GosZakup.Console.Infrastructure.Incidents;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.Web.Features.Journal;

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

    private string? inAppeals, textInAppeals, textInIncidents, textTerm;
    private int inAppealsHits, textInAppealsHits, textInIncidentsHits;
    private long first, last;
    private bool ranged, empty;

    private JournalSearch(bool onSqlite, bool onPostgres) => (OnSqlite, OnPostgres) = (onSqlite, onPostgres);

    public bool OnSqlite { get; }

    /// <summary>On PostgreSQL no term goes through this class: ILIKE conditions use the pg_trgm indexes (see JournalFiltering),
    /// and the search box is <see cref="PostgresText"/>.</summary>
    public bool OnPostgres { get; }
    public JournalPostgresText? PostgresText { get; private set; }
    public bool ServesText { get; private set; }
    public bool ServesOrganisation { get; private set; }
    public bool ServesEmployee { get; private set; }
    private bool ServesAny => ServesText || ServesOrganisation || ServesEmployee;

    /// <summary>Decides which terms the index answers and how many rows each matches (up to the limit).</summary>
    /// <param name="receivedFrom">The window of <see cref="JournalShortTerms"/>, when a short term narrows the whole query to it.</param>
    public static async Task<JournalSearch> PrepareAsync(AppDbContext db, JournalFilter filter, CancellationToken ct, DateTime? receivedFrom = null)
    {
        var search = new JournalSearch(db.Database.IsSqlite(), db.Database.IsNpgsql());
        if (search.OnPostgres && filter.Text is { Length: > 0 } typed) search.PostgresText = await JournalPostgresText.PrepareAsync(db, typed, ct);
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
            string?[] terms =
                [organisation is null ? null : "OrganisationName : " + Phrase(organisation),
                    employee is null ? null : "RegisteredByName : " + Phrase(employee)];
            search.inAppeals = string.Join(" AND ", terms.OfType<string>());
            search.inAppealsHits = await search.HitsAsync(db, search.inAppeals, ct);
            if (search.inAppealsHits == 0) return search.Nothing();
        }
        if (text is not null)
        {
            search.textInAppeals = "{OrganisationName TaxpayerNumber} : " + Phrase(text);
            search.textInIncidents = Phrase(text);
            search.textTerm = text;
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
            if (textInAppealsHits > 0) either.Add(AppealTest(values, textInAppeals, many ? DriveLimit + 1 : textInAppealsHits));
            if (textInIncidentsHits > 0)
            {
                // Many numbers: each row's own number is tested with LIKE (numbers are ASCII, which LIKE compares regardless of
                // case, as the index does) rather than listing 300,000 matches of "INC-2026" first (2.4 s).
                either.Add(textInIncidentsHits > DriveLimit
                    ? """EXISTS (SELECT 1 FROM "Incidents" AS "n" WHERE "n"."Id" = "Appeals"."IncidentId" """ +
                      $"""AND "n"."Number" LIKE {Parameter(values, JournalFiltering.Contained(textTerm!))} ESCAPE '\')"""
                    : many
                    ? """EXISTS (SELECT 1 FROM "Incidents" AS "n" WHERE "n"."Id" = "Appeals"."IncidentId" """ +
                      $"""AND +"n".rowid IN ({IncidentRows(values, textInIncidents!)}))"""
                    : $"""
                    "IncidentId" IN (SELECT "Id" FROM "Incidents" WHERE rowid IN ({IncidentRows(values, textInIncidents!)}))
                    """);
            }
            conditions.Add("(" + string.Join(" OR ", either) + ")");
        }
        if (!empty && inAppeals is not null) conditions.Add(AppealTest(values, inAppeals, inAppealsHits));
#pragma warning disable EF1003 // as in CountAsync: constants only, values are parameters
        return db.Set<AppealRecord>().FromSqlRaw("""SELECT * FROM "Appeals" WHERE """ + string.Join(" AND ", conditions), [.. values]);
#pragma warning restore EF1003
    }

    /// <summary>The count up to <paramref name="limit"/> + 1 (at most <see cref="DriveLimit"/>) straight from the index, when the
    /// indexed terms are the whole filter; otherwise null. The matches were counted up to the drive limit already.</summary>
    public async Task<int?> CountUpToAsync(AppDbContext db, JournalFilter filter, int limit, CancellationToken ct)
    {
        if (!AnswersWhole(filter) || limit >= DriveLimit) return null;
        if (textInAppealsHits > limit || textInIncidentsHits > limit || (textInAppeals is null && inAppealsHits > limit)) return limit + 1;
        return await CountAsync(db, filter, ct);
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

    /// <summary>An appeal matches <paramref name="match"/>: from the list of matches when they are few; otherwise tested against
    /// the list, which SQLite then cannot use as an index. (Looking each walked row up in the index by rowid instead was
    /// slower: 1.9 s against 0.5 s for "Энергосбыт".)</summary>
    private string AppealTest(List<object> values, string match, int hits) =>
        $"{(hits > DriveLimit ? "+rowid" : "rowid")} IN ({AppealRows(values, match)})";

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
