using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace GosZakup.Console.LoadRun;

/// <summary>Seeds N registered appeals, one incident each, into a fresh database made by the app's migrations: a SQLite
/// file (<c>--data DIR</c>) or a PostgreSQL database (<c>--provider PostgreSql --connection "Host=…;Database=…"</c>). Both get
/// the same rows from the same seed. A synthetic load set: no audit rows, no obligations, no outbox.
/// <list type="bullet">
/// <item>SQLite: raw prepared INSERTs, 10,000 rows a transaction. The migrations' triggers index every registered appeal
/// and incident for the Journal search as it is inserted (about 3.5 min for 1,000,000 rows instead of about 50 s without).</item>
/// <item>PostgreSQL: binary COPY (Npgsql's importer) of all incidents, then all appeals, then VACUUM ANALYZE; the
/// JournalSearch migration's trigram indexes take the rows as they come.</item>
/// </list></summary>
public static class JournalSeed
{
    private const int Batch = 10_000;
    private const string EfDate = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    /// <summary>Registrations are spread evenly over these three years (UTC), ending the day before the run date.</summary>
    public static readonly DateTime First = new(2023, 11, 23, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Last = new(2026, 11, 22, 23, 59, 0, DateTimeKind.Utc);

    private static readonly string[] Cities = ["Астаны", "Алматы", "Шымкента", "Караганды", "Актобе", "Павлодара", "Костаная", "Атырау", "Семея", "Туркестана"];
    private static readonly string[] Kinds =
        ["ГУ «Управление образования г. {0}»", "ТОО «Стройсервис {0}»", "КГП «Городская поликлиника №{1} г. {0}»", "АО «Энергосбыт {0}»",
         "ГУ «Аппарат акима г. {0}»", "ИП «Ахметов {1}»", "ТОО «ТехноСнаб-{1}»", "ГККП «Ясли-сад №{1} г. {0}»"];
    private static readonly string[] Channels = ["Phone", "Email", "Letter", "Forum", "OperatorSpecialist", "Monitoring", "SystemLog"];
    private static readonly string[] Operators = ["Айгерим Нурланова", "Ержан Касымов", "Мария Ковалёва", "Данияр Сейткали", "Алия Жумабаева"];
    private static readonly string[] Problems =
        ["Не открывается страница объявления", "Ошибка 500 при подаче заявки", "Не подписывается документ ЭЦП", "Портал недоступен",
         "Не загружается приложение к заявке", "Зависает протокол итогов"];

    /// <summary>One seeded incident and its registered appeal.</summary>
    private sealed record Row(
        Guid IncidentId, string Number, int Year, int Sequence, DateTime Registered, string Operator, Guid IncidentVersion,
        Guid AppealId, string Channel, DateTime Received, string Organisation, string? Bin, string Email, string Phone, string Description,
        string OperatorId, DateTime Taken, Guid AppealVersion);

    public static async Task<int> RunAsync(Options options)
    {
        var settings = JournalDatabase.From(options);
        var rows = options.Int("rows", 1_000_000);
        if (settings.Provider == DatabaseProvider.Sqlite
            && File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource))
            throw new ArgumentException($"{settings.ConnectionString} exists; seed a fresh folder");
        var clock = Stopwatch.StartNew();
        await using var db = DatabaseRegistration.CreateStandalone(settings);
        if (settings.Provider == DatabaseProvider.PostgreSql && await db.Database.CanConnectAsync() && (await db.Database.GetAppliedMigrationsAsync()).Any())
            throw new ArgumentException("the PostgreSQL database exists and is migrated; seed a fresh database");
        await db.Database.MigrateAsync();
        System.Console.WriteLine($"migrated in {clock.Elapsed.TotalSeconds:0.0} s");

        var sequences = new Dictionary<int, int>();
        var generated = Generate(rows, sequences, clock);
        if (settings.Provider == DatabaseProvider.PostgreSql) await CopyAsync(settings.ConnectionString, [.. generated], clock);
        else await InsertAsync(db.Database.GetDbConnection(), generated);

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var guid = settings.Provider == DatabaseProvider.PostgreSql ? "'{0}'::uuid" : "'{0}'";
        foreach (var (year, last) in sequences)
            await Exec(connection, string.Create(CultureInfo.InvariantCulture,
                $"""INSERT INTO "IncidentCounters" ("Year", "Last", "Version") """ +
                $"""VALUES ({year}, {last}, {string.Format(CultureInfo.InvariantCulture, guid, Guid.NewGuid().ToString().ToUpperInvariant())})"""));
        await Exec(connection, settings.Provider == DatabaseProvider.PostgreSql ? "VACUUM ANALYZE" : "ANALYZE");
        System.Console.WriteLine($"seeded {rows} appeals and incidents in {clock.Elapsed.TotalSeconds:0.0} s; " +
            $"counters {string.Join(", ", sequences.Select(s => $"{s.Key}:{s.Value}"))}");
        return 0;
    }

    /// <summary>The rows, from a fixed seed (20261123): the same for every provider.</summary>
    private static IEnumerable<Row> Generate(int rows, Dictionary<int, int> sequences, Stopwatch clock)
    {
        var random = new Random(20261123);
        var span = (Last - First).Ticks;
        for (var i = 0; i < rows; i++)
        {
            // Evenly spread, in registration order, so incident numbers rise with time as the real series does.
            var registered = new DateTime(First.Ticks + span / rows * i, DateTimeKind.Utc).AddSeconds(random.Next(0, 30));
            var received = registered.AddMinutes(-random.Next(2, 25));
            var year = registered.AddHours(5).Year;
            var seq = sequences[year] = sequences.GetValueOrDefault(year) + 1;
            var op = random.Next(Operators.Length);
            var city = Cities[random.Next(Cities.Length)];
            var org = string.Format(CultureInfo.InvariantCulture, Kinds[random.Next(Kinds.Length)], city, random.Next(1, 400));
            var bin = random.Next(10) < 8 ? Bin(random) : null;
            var channel = Channels[random.Next(Channels.Length)];
            var phone = $"+7 701 {random.Next(100, 999)} {random.Next(1000, 9999)}";
            var description = $"{Problems[random.Next(Problems.Length)]} (лот {random.Next(100000, 999999)})";
            yield return new Row(Guid.CreateVersion7(registered), $"INC-{year}-{seq:000000}", year, seq, registered, Operators[op], Guid.NewGuid(),
                Guid.CreateVersion7(received), channel, received, org, bin, $"user{i % 5000}@example.kz", phone, description,
                $"operator-{op}", registered.AddMinutes(-1), Guid.NewGuid());
            if ((i + 1) % 100_000 == 0) System.Console.WriteLine($"{i + 1} rows, {clock.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private static async Task InsertAsync(DbConnection connection, IEnumerable<Row> rows)
    {
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA synchronous = OFF");
        await using var incident = Command(connection, """
            INSERT INTO Incidents (Id, Number, Year, Sequence, RegisteredAtUtc, RegisteredByName, Status, NoSecurityMemberTookPart,
                ForceMajeureWholePortal, Version)
            VALUES ($id, $number, $year, $seq, $registered, $by, 'Registered', 0, 0, $version)
            """, "$id", "$number", "$year", "$seq", "$registered", "$by", "$version");
        await using var appeal = Command(connection, """
            INSERT INTO Appeals (Id, Channel, ReceivedAtUtc, DetectedAtUtc, LateReport, OrganisationName, TaxpayerNumber, ContactEmail,
                ContactPhone, Description, ProcurementNumbers, LotNumbers, RegistrationDueAtUtc, RegistrationTargetAtUtc, TakenById,
                TakenByName, TakenAtUtc, RegisteredAtUtc, RegisteredById, RegisteredByName, IncidentId, Version, IdempotencyKey,
                ParticipationBlocked, AlertRepeats)
            VALUES ($id, $channel, $received, NULL, 0, $org, $bin, $email, $phone, $description, NULL, NULL, $due, $target, $operatorId,
                $operator, $taken, $registered, $operatorId, $operator, $incident, $version, NULL, 0, 0)
            """, "$id", "$channel", "$received", "$org", "$bin", "$email", "$phone", "$description", "$due", "$target", "$operatorId",
            "$operator", "$taken", "$registered", "$incident", "$version");

        DbTransaction? tx = null;
        var i = 0;
        foreach (var r in rows)
        {
            if (i++ % Batch == 0)
            {
                if (tx is not null) await tx.CommitAsync();
                tx = await connection.BeginTransactionAsync();
                incident.Transaction = tx;
                appeal.Transaction = tx;
            }
            var incidentId = r.IncidentId.ToString().ToUpperInvariant();
            Set(incident, incidentId, r.Number, r.Year, r.Sequence, Date(r.Registered), r.Operator, r.IncidentVersion.ToString().ToUpperInvariant());
            await incident.ExecuteNonQueryAsync();
            Set(appeal, r.AppealId.ToString().ToUpperInvariant(), r.Channel, Date(r.Received), r.Organisation, (object?)r.Bin ?? DBNull.Value, r.Email,
                r.Phone, r.Description, Date(r.Received.AddMinutes(30)), Date(r.Received.AddMinutes(15)), r.OperatorId, r.Operator, Date(r.Taken),
                Date(r.Registered), incidentId, r.AppealVersion.ToString().ToUpperInvariant());
            await appeal.ExecuteNonQueryAsync();
        }
        if (tx is not null) await tx.CommitAsync();
    }

    /// <summary>PostgreSQL: binary COPY, incidents first (the appeals' foreign key), one stream each.</summary>
    private static async Task CopyAsync(string connectionString, IReadOnlyList<Row> rows, Stopwatch clock)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var incidents = await connection.BeginBinaryImportAsync("""
            COPY "Incidents" ("Id", "Number", "Year", "Sequence", "RegisteredAtUtc", "RegisteredByName", "Status", "NoSecurityMemberTookPart",
                "ForceMajeureWholePortal", "Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var r in rows)
            {
                await incidents.StartRowAsync();
                await incidents.WriteAsync(r.IncidentId, NpgsqlDbType.Uuid);
                await incidents.WriteAsync(r.Number, NpgsqlDbType.Varchar);
                await incidents.WriteAsync(r.Year, NpgsqlDbType.Integer);
                await incidents.WriteAsync(r.Sequence, NpgsqlDbType.Integer);
                await incidents.WriteAsync(r.Registered, NpgsqlDbType.TimestampTz);
                await incidents.WriteAsync(r.Operator, NpgsqlDbType.Varchar);
                await incidents.WriteAsync("Registered", NpgsqlDbType.Varchar);
                await incidents.WriteAsync(false, NpgsqlDbType.Boolean);
                await incidents.WriteAsync(false, NpgsqlDbType.Boolean);
                await incidents.WriteAsync(r.IncidentVersion, NpgsqlDbType.Uuid);
            }
            await incidents.CompleteAsync();
        }
        System.Console.WriteLine($"incidents copied, {clock.Elapsed.TotalSeconds:0.0} s");
        await using (var appeals = await connection.BeginBinaryImportAsync("""
            COPY "Appeals" ("Id", "Channel", "ReceivedAtUtc", "LateReport", "OrganisationName", "TaxpayerNumber", "ContactEmail", "ContactPhone",
                "Description", "ParticipationBlocked", "RegistrationDueAtUtc", "RegistrationTargetAtUtc", "TakenById", "TakenByName", "TakenAtUtc",
                "RegisteredAtUtc", "RegisteredById", "RegisteredByName", "IncidentId", "AlertRepeats", "Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var r in rows)
            {
                await appeals.StartRowAsync();
                await appeals.WriteAsync(r.AppealId, NpgsqlDbType.Uuid);
                await appeals.WriteAsync(r.Channel, NpgsqlDbType.Varchar);
                await appeals.WriteAsync(r.Received, NpgsqlDbType.TimestampTz);
                await appeals.WriteAsync(false, NpgsqlDbType.Boolean);
                await appeals.WriteAsync(r.Organisation, NpgsqlDbType.Varchar);
                if (r.Bin is null) await appeals.WriteNullAsync(); else await appeals.WriteAsync(r.Bin, NpgsqlDbType.Varchar);
                await appeals.WriteAsync(r.Email, NpgsqlDbType.Varchar);
                await appeals.WriteAsync(r.Phone, NpgsqlDbType.Varchar);
                await appeals.WriteAsync(r.Description, NpgsqlDbType.Varchar);
                await appeals.WriteAsync(false, NpgsqlDbType.Boolean);
                await appeals.WriteAsync(r.Received.AddMinutes(30), NpgsqlDbType.TimestampTz);
                await appeals.WriteAsync(r.Received.AddMinutes(15), NpgsqlDbType.TimestampTz);
                await appeals.WriteAsync(r.OperatorId, NpgsqlDbType.Varchar);
                await appeals.WriteAsync(r.Operator, NpgsqlDbType.Varchar);
                await appeals.WriteAsync(r.Taken, NpgsqlDbType.TimestampTz);
                await appeals.WriteAsync(r.Registered, NpgsqlDbType.TimestampTz);
                await appeals.WriteAsync(r.OperatorId, NpgsqlDbType.Varchar);
                await appeals.WriteAsync(r.Operator, NpgsqlDbType.Varchar);
                await appeals.WriteAsync(r.IncidentId, NpgsqlDbType.Uuid);
                await appeals.WriteAsync(0, NpgsqlDbType.Integer);
                await appeals.WriteAsync(r.AppealVersion, NpgsqlDbType.Uuid);
            }
            await appeals.CompleteAsync();
        }
        System.Console.WriteLine($"appeals copied, {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>A 12-digit number shaped like a BIN (yyMM, type digit, serial); check digits are not computed for this synthetic set.</summary>
    private static string Bin(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(90, 100)}{random.Next(1, 13):00}{random.Next(4, 7)}{random.Next(0, 10_000_000):0000000}");

    private static string Date(DateTime utc) => utc.ToString(EfDate, CultureInfo.InvariantCulture);

    private static DbCommand Command(DbConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static void Set(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
    }

    private static async Task Exec(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 3600;
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The database a Journal command works on: <c>--data DIR</c> (SQLite, console.db in it), or
/// <c>--provider PostgreSql --connection "Host=…;Port=…;Database=…;Username=…"</c>.</summary>
public static class JournalDatabase
{
    public static DatabaseSettings From(Options options)
    {
        var provider = Enum.Parse<DatabaseProvider>(options.Text("provider", nameof(DatabaseProvider.Sqlite)), ignoreCase: true);
        if (provider != DatabaseProvider.Sqlite) return new DatabaseSettings(provider, options.Text("connection"));
        var folder = options.Text("data");
        Directory.CreateDirectory(folder);
        return DatabaseSettings.SqliteIn(folder);
    }
}
