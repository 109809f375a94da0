using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AlertLastSeenAtUtc",
                table: "Appeals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AlertLastStartsAtUtc",
                table: "Appeals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AlertRepeats",
                table: "Appeals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ReminderDigests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
