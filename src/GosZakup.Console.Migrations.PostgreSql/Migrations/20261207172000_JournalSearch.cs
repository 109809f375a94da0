using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.PostgreSql.Migrations
{
    /// <summary>Substring search for the Register Journal on PostgreSQL: pg_trgm GIN indexes, outside the EF model (the model
    /// does not change), serving the ILIKE conditions of <c>JournalFiltering</c> in the web project (the SQLite counterpart is the
    /// FTS5 trigram index of the SQLite migrations).
    /// <list type="bullet">
    /// <item>Organisation, BIN/IIN and the employee's recorded name of the registered appeals (partial indexes: the Journal's
    /// rows are the appeals with an incident), and every incident's number (the search box).</item>
    /// <item>pg_trgm and ILIKE fold letter case by the database's character type. Under LC_CTYPE "C" or "POSIX" PostgreSQL 15
    /// treats every letter beyond ASCII as a separator: Cyrillic and Kazakh terms would find nothing by the index and would
    /// match case. The migration therefore refuses such a database and says how to create one (C.UTF-8 is what Debian's
    /// initdb picks when no locale is set).</item>
    /// <item>Down drops the indexes and leaves the extension, which a database administrator may have installed for other uses.</item>
    /// </list></summary>
    public partial class JournalSearch : Migration
    {
        /// <summary>Refuses a database whose character type knows only ASCII letters.</summary>
        public const string RequireLetterAwareCtype = """
            DO $$
            DECLARE ctype text := (SELECT datctype FROM pg_database WHERE datname = current_database());
            BEGIN
                IF ctype IN ('C', 'POSIX') THEN
                    RAISE EXCEPTION 'The database "%" has the character type (LC_CTYPE) %, which knows only ASCII letters: the Journal''s search could not match Cyrillic or Kazakh text regardless of letter case.', current_database(), ctype
                        USING HINT = 'Create the database with a UTF-8 character type, e.g. CREATE DATABASE goszakup_console TEMPLATE template0 ENCODING ''UTF8'' LC_COLLATE ''C.UTF-8'' LC_CTYPE ''C.UTF-8'', or initdb --locale=C.UTF-8.';
                END IF;
            END $$;
            """;

        /// <summary>The extension and the four trigram indexes.</summary>
        public static readonly string[] Create =
        [
            RequireLetterAwareCtype,
            "CREATE EXTENSION IF NOT EXISTS pg_trgm;",
            """CREATE INDEX "IX_Appeals_OrganisationName_Trigram" ON "Appeals" USING gin ("OrganisationName" gin_trgm_ops) WHERE "IncidentId" IS NOT NULL;""",
            """CREATE INDEX "IX_Appeals_TaxpayerNumber_Trigram" ON "Appeals" USING gin ("TaxpayerNumber" gin_trgm_ops) WHERE "IncidentId" IS NOT NULL;""",
            """CREATE INDEX "IX_Appeals_RegisteredByName_Trigram" ON "Appeals" USING gin ("RegisteredByName" gin_trgm_ops) WHERE "IncidentId" IS NOT NULL;""",
            """CREATE INDEX "IX_Incidents_Number_Trigram" ON "Incidents" USING gin ("Number" gin_trgm_ops);""",
        ];

        /// <summary>Removes the indexes (the extension stays).</summary>
        public static readonly string[] Drop =
        [
            """DROP INDEX IF EXISTS "IX_Appeals_OrganisationName_Trigram";""",
            """DROP INDEX IF EXISTS "IX_Appeals_TaxpayerNumber_Trigram";""",
            """DROP INDEX IF EXISTS "IX_Appeals_RegisteredByName_Trigram";""",
            """DROP INDEX IF EXISTS "IX_Incidents_Number_Trigram";""",
        ];

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
