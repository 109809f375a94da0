using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.SqlServer.Migrations
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
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ForceMajeureFromUtc",
                table: "Incidents",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForceMajeureRecordedByName",
                table: "Incidents",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ForceMajeureToUtc",
                table: "Incidents",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ForceMajeureWholePortal",
                table: "Incidents",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "OwnerAgreementAtUtc",
                table: "Incidents",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerAgreementBy",
                table: "Incidents",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerAgreementReference",
                table: "Incidents",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionalLossConfirmation",
                table: "Incidents",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegionalLossFromUtc",
                table: "Incidents",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionalLossRecordedByName",
                table: "Incidents",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionalLossRegion",
                table: "Incidents",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RegionalLossToUtc",
                table: "Incidents",
                type: "datetime2",
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
