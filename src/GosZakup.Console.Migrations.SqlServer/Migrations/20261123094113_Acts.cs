using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Acts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Acts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ActDateUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FailureFromUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FailureToUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SystemModule = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ProcurementNumbers = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    LotNumbers = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    IsOperatorRelated = table.Column<bool>(type: "bit", nullable: false),
                    Severity = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CauseKk = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CauseRu = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SubmittedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReturnComment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SignedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SignerPosition = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CertificateSubject = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CertificateSerial = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SignedPdfSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReplacesActId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Acts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Acts_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActFiles",
                columns: table => new
                {
                    ActId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SignedPdf = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActFiles", x => x.ActId);
                    table.ForeignKey(
                        name: "FK_ActFiles_Acts_ActId",
                        column: x => x.ActId,
                        principalTable: "Acts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActSuppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    ProcurementNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    SecurityAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActSuppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActSuppliers_Acts_ActId",
                        column: x => x.ActId,
                        principalTable: "Acts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Acts_IncidentId",
                table: "Acts",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Acts_Number",
                table: "Acts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Acts_Year_Sequence",
                table: "Acts",
                columns: new[] { "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActSuppliers_ActId",
                table: "ActSuppliers",
                column: "ActId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActCounters");

            migrationBuilder.DropTable(
                name: "ActFiles");

            migrationBuilder.DropTable(
                name: "ActSuppliers");

            migrationBuilder.DropTable(
                name: "Acts");
        }
    }
}
