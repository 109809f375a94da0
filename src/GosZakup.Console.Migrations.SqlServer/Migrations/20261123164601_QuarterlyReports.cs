using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class QuarterlyReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuarterlyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Quarter = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Progress = table.Column<int>(type: "int", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RequestedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    BuiltAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ContentJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SignedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SignerPosition = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CertificateSubject = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CertificateSerial = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    SignedPdfSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuarterlyReportFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuarterlyReportFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuarterlyReportFiles_QuarterlyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "QuarterlyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReportFiles_ReportId_Kind",
                table: "QuarterlyReportFiles",
                columns: new[] { "ReportId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuarterlyReports_Year_Quarter_RequestedAtUtc",
                table: "QuarterlyReports",
                columns: new[] { "Year", "Quarter", "RequestedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuarterlyReportFiles");

            migrationBuilder.DropTable(
                name: "QuarterlyReports");
        }
    }
}
