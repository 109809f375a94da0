using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OwnerReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OwnerReportSentAtUtc",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerReportSentBy",
                table: "Incidents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreventionKk",
                table: "Incidents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreventionRu",
                table: "Incidents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerReportSentAtUtc",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OwnerReportSentBy",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PreventionKk",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "PreventionRu",
                table: "Incidents");
        }
    }
}
