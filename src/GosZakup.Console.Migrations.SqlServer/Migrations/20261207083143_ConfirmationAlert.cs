using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ConfirmationAlert : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkingGroupMembers_Email",
                table: "WorkingGroupMembers");

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "WorkingGroupMembers",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "WorkingGroup");

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmationAlertSentAtUtc",
                table: "Incidents",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmationAlertSentByName",
                table: "Incidents",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NoSecurityMemberTookPart",
                table: "Incidents",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "IncidentSecurityParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncidentSecurityParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncidentSecurityParticipants_Incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "Incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IncidentSecurityParticipants_WorkingGroupMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "WorkingGroupMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupMembers_Unit_Email",
                table: "WorkingGroupMembers",
                columns: new[] { "Unit", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncidentSecurityParticipants_IncidentId_MemberId",
                table: "IncidentSecurityParticipants",
                columns: new[] { "IncidentId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IncidentSecurityParticipants_MemberId",
                table: "IncidentSecurityParticipants",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IncidentSecurityParticipants");

            migrationBuilder.DropIndex(
                name: "IX_WorkingGroupMembers_Unit_Email",
                table: "WorkingGroupMembers");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "WorkingGroupMembers");

            migrationBuilder.DropColumn(
                name: "ConfirmationAlertSentAtUtc",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ConfirmationAlertSentByName",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "NoSecurityMemberTookPart",
                table: "Incidents");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupMembers_Email",
                table: "WorkingGroupMembers",
                column: "Email",
                unique: true);
        }
    }
}
