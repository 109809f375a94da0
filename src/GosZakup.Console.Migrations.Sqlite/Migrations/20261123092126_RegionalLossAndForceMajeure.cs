using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegionalLossAndForceMajeure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ForceMajeureDescription",
                table: "Incidents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ForceMajeureFromUtc",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForceMajeureRecordedByName",
                table: "Incidents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ForceMajeureToUtc",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ForceMajeureWholePortal",
                table: "Incidents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "OwnerAgreementAtUtc",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerAgreementBy",
                table: "Incidents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerAgreementReference",
                table: "Incidents",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionalLossConfirmation",
                table: "Incidents",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegionalLossFromUtc",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionalLossRecordedByName",
                table: "Incidents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionalLossRegion",
                table: "Incidents",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegionalLossToUtc",
                table: "Incidents",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ForceMajeureDescription",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ForceMajeureFromUtc",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ForceMajeureRecordedByName",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ForceMajeureToUtc",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ForceMajeureWholePortal",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OwnerAgreementAtUtc",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OwnerAgreementBy",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "OwnerAgreementReference",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "RegionalLossConfirmation",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "RegionalLossFromUtc",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "RegionalLossRecordedByName",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "RegionalLossRegion",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "RegionalLossToUtc",
                table: "Incidents");
        }
    }
}
