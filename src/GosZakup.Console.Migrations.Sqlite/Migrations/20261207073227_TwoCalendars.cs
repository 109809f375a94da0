using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TwoCalendars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CalendarOverrides_Date",
                table: "CalendarOverrides");

            migrationBuilder.AddColumn<string>(
                name: "Calendar",
                table: "Obligations",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "ContactCentre");

            migrationBuilder.AddColumn<string>(
                name: "Calendar",
                table: "CalendarOverrides",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "ContactCentre");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarOverrides_Calendar_Date",
                table: "CalendarOverrides",
                columns: new[] { "Calendar", "Date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CalendarOverrides_Calendar_Date",
                table: "CalendarOverrides");

            migrationBuilder.DropColumn(
                name: "Calendar",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "Calendar",
                table: "CalendarOverrides");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarOverrides_Date",
                table: "CalendarOverrides",
                column: "Date",
                unique: true);
        }
    }
}
