using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CalendarAndObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarOverrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Opens = table.Column<TimeOnly>(type: "time", nullable: true),
                    Closes = table.Column<TimeOnly>(type: "time", nullable: true),
                    LunchStarts = table.Column<TimeOnly>(type: "time", nullable: true),
                    LunchEnds = table.Column<TimeOnly>(type: "time", nullable: true),
                    ReasonKk = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ReasonRu = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ReasonEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarOverrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Obligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Clause = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    SubjectType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Trigger = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TriggerSeverity = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    TriggerChannel = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    TriggeredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    TargetAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Warn50AtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Warn80AtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Counting = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CalendarVersion = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MetAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Waived = table.Column<bool>(type: "bit", nullable: false),
                    WaivedReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    WaivedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Obligations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarOverrides_Date",
                table: "CalendarOverrides",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_DueAtUtc",
                table: "Obligations",
                column: "DueAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_SubjectType_SubjectId",
                table: "Obligations",
                columns: new[] { "SubjectType", "SubjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarOverrides");

            migrationBuilder.DropTable(
                name: "Obligations");
        }
    }
}
