using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
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
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Acts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActDateUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailureFromUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FailureToUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SystemModule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProcurementNumbers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LotNumbers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsOperatorRelated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CauseKk = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CauseRu = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SignedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CertificateSubject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CertificateSerial = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignedPdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReplacesActId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    ActId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedPdf = table.Column<byte[]>(type: "BLOB", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProcurementNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SecurityAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
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
