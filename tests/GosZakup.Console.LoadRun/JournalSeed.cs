using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using GosZakup.Console.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GosZakup.Console.LoadRun;

/// <summary>Seeds N registered appeals, one incident each, into a fresh SQLite file made by the app's migrations.
/// Raw prepared INSERTs, 10,000 rows a transaction. A synthetic load set: no audit rows, no obligations, no outbox.
/// The migrations' triggers index every registered appeal and incident for the Journal search as it is inserted
/// (about 3.5 min for 1,000,000 rows instead of about 50 s without them).</summary>
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

    public static async Task<int> RunAsync(Options options)
    {
        var folder = options.Text("data");
        var rows = options.Int("rows", 1_000_000);
        Directory.CreateDirectory(folder);
        if (File.Exists(Path.Combine(folder, "console.db"))) throw new ArgumentException($"{folder}/console.db exists; seed a fresh folder");

        var clock = Stopwatch.StartNew();
        await using var db = DatabaseRegistration.CreateStandalone(DatabaseSettings.SqliteIn(folder));
        await db.Database.MigrateAsync();
        System.Console.WriteLine($"migrated in {clock.Elapsed.TotalSeconds:0.0} s");

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA synchronous = OFF");

        await using var incident = Command(connection, """
            INSERT INTO Incidents (Id, Number, Year, Sequence, RegisteredAtUtc, RegisteredByName, Status, Version)
            VALUES ($id, $number, $year, $seq, $registered, $by, 'Registered', $version)
            """, "$id", "$number", "$year", "$seq", "$registered", "$by", "$version");
        await using var appeal = Command(connection, """
            INSERT INTO Appeals (Id, Channel, ReceivedAtUtc, DetectedAtUtc, LateReport, OrganisationName, TaxpayerNumber, ContactEmail,
                ContactPhone, Description, ProcurementNumbers, LotNumbers, RegistrationDueAtUtc, RegistrationTargetAtUtc, TakenById,
                TakenByName, TakenAtUtc, RegisteredAtUtc, RegisteredById, RegisteredByName, IncidentId, Version, IdempotencyKey)
            VALUES ($id, $channel, $received, NULL, 0, $org, $bin, $email, $phone, $description, NULL, NULL, $due, $target, $operatorId,
                $operator, $taken, $registered, $operatorId, $operator, $incident, $version, NULL)
            """, "$id", "$channel", "$received", "$org", "$bin", "$email", "$phone", "$description", "$due", "$target", "$operatorId",
            "$operator", "$taken", "$registered", "$incident", "$version");

        var random = new Random(20261123);
        var span = (Last - First).Ticks;
        var sequences = new Dictionary<int, int>();
        DbTransaction? tx = null;
        for (var i = 0; i < rows; i++)
        {
            if (i % Batch == 0)
            {
                if (tx is not null) await tx.CommitAsync();
                tx = await connection.BeginTransactionAsync();
                incident.Transaction = tx;
                appeal.Transaction = tx;
            }
            // Evenly spread, in registration order, so incident numbers rise with time as the real series does.
            var registered = new DateTime(First.Ticks + span / rows * i, DateTimeKind.Utc).AddSeconds(random.Next(0, 30));
            var received = registered.AddMinutes(-random.Next(2, 25));
            var taken = registered.AddMinutes(-1);
            var year = registered.AddHours(5).Year;
            var seq = sequences[year] = sequences.GetValueOrDefault(year) + 1;
            var incidentId = Guid.CreateVersion7(registered);
            var op = random.Next(Operators.Length);
            var city = Cities[random.Next(Cities.Length)];
            var org = string.Format(CultureInfo.InvariantCulture, Kinds[random.Next(Kinds.Length)], city, random.Next(1, 400));
            var bin = random.Next(10) < 8 ? Bin(random) : null;

            Set(incident, incidentId.ToString().ToUpperInvariant(), $"INC-{year}-{seq:000000}", year, seq, Date(registered), Operators[op],
                Guid.NewGuid().ToString().ToUpperInvariant());
            await incident.ExecuteNonQueryAsync();
            Set(appeal, Guid.CreateVersion7(received).ToString().ToUpperInvariant(), Channels[random.Next(Channels.Length)], Date(received), org,
                (object?)bin ?? DBNull.Value, $"user{i % 5000}@example.kz", $"+7 701 {random.Next(100, 999)} {random.Next(1000, 9999)}",
                $"{Problems[random.Next(Problems.Length)]} (лот {random.Next(100000, 999999)})", Date(received.AddMinutes(30)),
                Date(received.AddMinutes(15)), $"operator-{op}", Operators[op], Date(taken), Date(registered),
                incidentId.ToString().ToUpperInvariant(), Guid.NewGuid().ToString().ToUpperInvariant());
            await appeal.ExecuteNonQueryAsync();
            if ((i + 1) % 100_000 == 0) System.Console.WriteLine($"{i + 1} rows, {clock.Elapsed.TotalSeconds:0.0} s");
        }
        if (tx is not null) await tx.CommitAsync();

        await using (var counters = connection.CreateCommand())
        {
            foreach (var (year, last) in sequences)
            {
                counters.CommandText = $"INSERT INTO IncidentCounters (Year, Last, Version) VALUES ({year}, {last}, '{Guid.NewGuid().ToString().ToUpperInvariant()}')";
                await counters.ExecuteNonQueryAsync();
            }
        }
        await Exec(connection, "ANALYZE");
        System.Console.WriteLine($"seeded {rows} appeals and incidents in {clock.Elapsed.TotalSeconds:0.0} s; counters {string.Join(", ", sequences.Select(s => $"{s.Key}:{s.Value}"))}");
        return 0;
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
        await command.ExecuteNonQueryAsync();
    }
}
