using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
{
    /// <summary>Substring search for the Register Journal on SQLite, hand-written SQL kept as its own migration after <c>Initial</c>: two FTS5 tables with the trigram tokenizer, outside the
    /// EF model (the model does not change), kept current by triggers.
    /// <list type="bullet">
    /// <item><c>AppealSearch</c> (OrganisationName, TaxpayerNumber, RegisteredByName) holds exactly the Journal's rows, the
    /// registered appeals (IncidentId not null); its rowid is the appeal's rowid.</item>
    /// <item><c>IncidentSearch</c> (Number) holds every incident; its rowid is the incident's rowid.</item>
    /// </list>
    /// Both are contentless (<c>content=''</c>, <c>contentless_delete=1</c>, SQLite 3.43 or later): they store the index only,
    /// and a row is removed by its rowid, so a trigger never has to repeat the old text exactly. Each trigger reads only its
    /// own table, so EF's rebuild of the other table (create, copy, drop, rename) does not fail on it.
    /// <para>A later migration that rebuilds <c>Appeals</c> or <c>Incidents</c> drops that table's triggers and may renumber its
    /// rowids: it must end with <c>foreach (var sql in JournalSearch.Recreate) migrationBuilder.Sql(sql);</c>.
    /// The Journal search tests fail if it does not. Queries: <c>JournalFiltering</c> in the web project.</para></summary>
    public partial class JournalSearch : Migration
    {
        private const string AppealColumns = "\"OrganisationName\", \"TaxpayerNumber\", \"RegisteredByName\"";

        /// <summary>Creates both tables and their triggers and fills them from the current rows.</summary>
        public static readonly string[] Create =
        [
            $"""CREATE VIRTUAL TABLE "AppealSearch" USING fts5({AppealColumns}, content='', contentless_delete=1, tokenize='trigram');""",
            $"""
            CREATE TRIGGER "Appeals_AppealSearch_Insert" AFTER INSERT ON "Appeals" WHEN new."IncidentId" IS NOT NULL BEGIN
                INSERT INTO "AppealSearch" (rowid, {AppealColumns}) VALUES (new.rowid, new."OrganisationName", new."TaxpayerNumber", new."RegisteredByName");
            END;
            """,
            $"""
            CREATE TRIGGER "Appeals_AppealSearch_Update" AFTER UPDATE OF {AppealColumns}, "IncidentId" ON "Appeals" BEGIN
                DELETE FROM "AppealSearch" WHERE rowid = old.rowid AND old."IncidentId" IS NOT NULL;
                INSERT INTO "AppealSearch" (rowid, {AppealColumns})
                    SELECT new.rowid, new."OrganisationName", new."TaxpayerNumber", new."RegisteredByName" WHERE new."IncidentId" IS NOT NULL;
            END;
            """,
            """
            CREATE TRIGGER "Appeals_AppealSearch_Delete" AFTER DELETE ON "Appeals" WHEN old."IncidentId" IS NOT NULL BEGIN
                DELETE FROM "AppealSearch" WHERE rowid = old.rowid;
            END;
            """,
            $"""INSERT INTO "AppealSearch" (rowid, {AppealColumns}) SELECT rowid, {AppealColumns} FROM "Appeals" WHERE "IncidentId" IS NOT NULL;""",

            """CREATE VIRTUAL TABLE "IncidentSearch" USING fts5("Number", content='', contentless_delete=1, tokenize='trigram');""",
            """
            CREATE TRIGGER "Incidents_IncidentSearch_Insert" AFTER INSERT ON "Incidents" BEGIN
                INSERT INTO "IncidentSearch" (rowid, "Number") VALUES (new.rowid, new."Number");
            END;
            """,
            """
            CREATE TRIGGER "Incidents_IncidentSearch_Update" AFTER UPDATE OF "Number" ON "Incidents" BEGIN
                DELETE FROM "IncidentSearch" WHERE rowid = old.rowid;
                INSERT INTO "IncidentSearch" (rowid, "Number") VALUES (new.rowid, new."Number");
            END;
            """,
            """
            CREATE TRIGGER "Incidents_IncidentSearch_Delete" AFTER DELETE ON "Incidents" BEGIN
                DELETE FROM "IncidentSearch" WHERE rowid = old.rowid;
            END;
            """,
            """INSERT INTO "IncidentSearch" (rowid, "Number") SELECT rowid, "Number" FROM "Incidents";""",
        ];

        /// <summary>Removes the triggers and both tables.</summary>
        public static readonly string[] Drop =
        [
            """DROP TRIGGER IF EXISTS "Appeals_AppealSearch_Insert";""",
            """DROP TRIGGER IF EXISTS "Appeals_AppealSearch_Update";""",
            """DROP TRIGGER IF EXISTS "Appeals_AppealSearch_Delete";""",
            """DROP TRIGGER IF EXISTS "Incidents_IncidentSearch_Insert";""",
            """DROP TRIGGER IF EXISTS "Incidents_IncidentSearch_Update";""",
            """DROP TRIGGER IF EXISTS "Incidents_IncidentSearch_Delete";""",
            """DROP TABLE IF EXISTS "AppealSearch";""",
            """DROP TABLE IF EXISTS "IncidentSearch";""",
        ];

        /// <summary>Drop then create: for a later migration that rebuilds Appeals or Incidents (see the class summary).</summary>
        public static string[] Recreate => [.. Drop, .. Create];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Create) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Drop) migrationBuilder.Sql(sql);
        }
    }
}
