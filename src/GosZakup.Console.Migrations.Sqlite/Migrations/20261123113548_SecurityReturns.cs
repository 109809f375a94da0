using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SecurityReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SecurityReturns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActSupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SupplierTaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProcurementNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LotNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreditedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreditedTo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CreditRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LetterDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LetterReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LetterReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OrganiserName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OrganiserBin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    CustomerHeadName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Beneficiary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BeneficiaryBin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    BeneficiaryBank = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Iik = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Bic = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    LetterRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RefundDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefundedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefundPaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SupplierToldAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupplierToldLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefundRecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SecurityReturns_ActSuppliers_ActSupplierId",
                        column: x => x.ActSupplierId,
                        principalTable: "ActSuppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SecurityReturns_Acts_ActId",
                        column: x => x.ActId,
                        principalTable: "Acts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SecurityReturns_ActId",
                table: "SecurityReturns",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityReturns_ActSupplierId",
                table: "SecurityReturns",
                column: "ActSupplierId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SecurityReturns");
        }
    }
}
