using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Procurements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Procurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AnnouncementNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CustomerName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CustomerBin = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    OrganiserName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OrganiserBin = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Method = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SystemModule = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Procurements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LotId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    OldUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NewUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Clause = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Source = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineChanges_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LotNumber = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lots_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PotentialSuppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    SecurityAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PotentialSuppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PotentialSuppliers_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementDeadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcurementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LotId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementDeadlines_Lots_LotId",
                        column: x => x.LotId,
                        principalTable: "Lots",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ProcurementDeadlines_Procurements_ProcurementId",
                        column: x => x.ProcurementId,
                        principalTable: "Procurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineChanges_ProcurementId_AtUtc",
                table: "DeadlineChanges",
                columns: new[] { "ProcurementId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Lots_ProcurementId_LotNumber",
                table: "Lots",
                columns: new[] { "ProcurementId", "LotNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PotentialSuppliers_ProcurementId_TaxpayerNumber",
                table: "PotentialSuppliers",
                columns: new[] { "ProcurementId", "TaxpayerNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PotentialSuppliers_TaxpayerNumber",
                table: "PotentialSuppliers",
                column: "TaxpayerNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementDeadlines_LotId",
                table: "ProcurementDeadlines",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementDeadlines_ProcurementId_LotId_Kind",
                table: "ProcurementDeadlines",
                columns: new[] { "ProcurementId", "LotId", "Kind" },
                unique: true,
                filter: "[LotId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Procurements_AnnouncementNumber",
                table: "Procurements",
                column: "AnnouncementNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Procurements_CustomerBin",
                table: "Procurements",
                column: "CustomerBin");

            migrationBuilder.CreateIndex(
                name: "IX_Procurements_OrganiserBin",
                table: "Procurements",
                column: "OrganiserBin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeadlineChanges");

            migrationBuilder.DropTable(
                name: "PotentialSuppliers");

            migrationBuilder.DropTable(
                name: "ProcurementDeadlines");

            migrationBuilder.DropTable(
                name: "Lots");

            migrationBuilder.DropTable(
                name: "Procurements");
        }
    }
}
