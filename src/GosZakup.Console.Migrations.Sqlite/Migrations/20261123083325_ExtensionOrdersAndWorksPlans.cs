using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExtensionOrdersAndWorksPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ResultsProtocolCancelledAtUtc",
                table: "Procurements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ResultsProtocolFormedAutomatically",
                table: "Procurements",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnnouncedUtc",
                table: "ProcurementDeadlines",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Until now the deadline in force was the announced one.
            migrationBuilder.Sql("UPDATE ProcurementDeadlines SET AnnouncedUtc = AtUtc;");

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtensionsDueAtUtc",
                table: "Incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ParticipationBlocked",
                table: "Appeals",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ExtensionOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcurementNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OldUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NewUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Clause = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CancelsAutoProtocol = table.Column<bool>(type: "INTEGER", nullable: false),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverrideKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OverrideByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Cursor = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExtensionOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExtensionOrders_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorksPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorksPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorksWindows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActualEndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Modules = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DescriptionKk = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DescriptionRu = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExtensionsDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NoticeQueuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorksWindows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorksWindows_WorksPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "WorksPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionOrders_Cursor",
                table: "ExtensionOrders",
                column: "Cursor");

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionOrders_ProcurementId_Kind",
                table: "ExtensionOrders",
                columns: new[] { "ProcurementId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionOrders_SourceKind_SourceId_State",
                table: "ExtensionOrders",
                columns: new[] { "SourceKind", "SourceId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionOrders_State",
                table: "ExtensionOrders",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_WorksPlans_Year",
                table: "WorksPlans",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorksWindows_Code",
                table: "WorksWindows",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorksWindows_PlanId",
                table: "WorksWindows",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_WorksWindows_StartUtc",
                table: "WorksWindows",
                column: "StartUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExtensionOrders");

            migrationBuilder.DropTable(
                name: "WorksWindows");

            migrationBuilder.DropTable(
                name: "WorksPlans");

            migrationBuilder.DropColumn(
                name: "ResultsProtocolCancelledAtUtc",
                table: "Procurements");

            migrationBuilder.DropColumn(
                name: "ResultsProtocolFormedAutomatically",
                table: "Procurements");

            migrationBuilder.DropColumn(
                name: "AnnouncedUtc",
                table: "ProcurementDeadlines");

            migrationBuilder.DropColumn(
                name: "ExtensionsDueAtUtc",
                table: "Incidents");

            migrationBuilder.DropColumn(
                name: "ParticipationBlocked",
                table: "Appeals");
        }
    }
}
