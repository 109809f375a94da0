using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AlertStormAndReminderDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AlertFingerprint",
                table: "Appeals",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AlertLastSeenAtUtc",
                table: "Appeals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AlertLastStartsAtUtc",
                table: "Appeals",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AlertRepeats",
                table: "Appeals",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ReminderDigests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    SubjectKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderDigests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appeals_AlertFingerprint",
                table: "Appeals",
                column: "AlertFingerprint");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderDigests_UserId_SubjectKey_Stage_SentAtUtc",
                table: "ReminderDigests",
                columns: new[] { "UserId", "SubjectKey", "Stage", "SentAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReminderDigests");

            migrationBuilder.DropIndex(
                name: "IX_Appeals_AlertFingerprint",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "AlertFingerprint",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "AlertLastSeenAtUtc",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "AlertLastStartsAtUtc",
                table: "Appeals");

            migrationBuilder.DropColumn(
                name: "AlertRepeats",
                table: "Appeals");
        }
    }
}
