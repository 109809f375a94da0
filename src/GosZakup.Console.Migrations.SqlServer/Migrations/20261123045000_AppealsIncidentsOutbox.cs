using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.SqlServer.Migrations
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
                    Year = table.Column<int>(type: "int", nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RegisteredByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    To = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    BodyText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Appeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DetectedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LateReport = table.Column<bool>(type: "bit", nullable: false),
                    OrganisationName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    ContactEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    ProcurementNumbers = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    LotNumbers = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RegistrationDueAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RegistrationTargetAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    TakenById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    TakenByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    TakenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RegisteredById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RegisteredByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    IncidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
