using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AppealsIncidentsOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IncidentCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Appeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DetectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LateReport = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ProcurementNumbers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LotNumbers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RegistrationDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegistrationTargetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TakenById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    TakenByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TakenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegisteredById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RegisteredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appeals_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_IncidentId",
                table: "Appeals",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_ReceivedAtUtc",
                table: "Appeals",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_RegisteredAtUtc_RegistrationDueAtUtc",
                table: "Appeals",
                columns: new[] { "RegisteredAtUtc", "RegistrationDueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_TaxpayerNumber",
                table: "Appeals",
                column: "TaxpayerNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Number",
                table: "Incidents",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_Year_Sequence",
                table: "Incidents",
                columns: new[] { "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SubjectType_SubjectId",
                table: "OutboxMessages",
                columns: new[] { "SubjectType", "SubjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appeals");

            migrationBuilder.DropTable(
                name: "IncidentCounters");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Incidents");
        }
    }
}
