using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GosZakup.Console.Migrations.SqlServer.Migrations
{
    /// <summary>Timeline entries keep a code and typed values (Arguments) and the actor's id. Rows written before keep their
    /// sentence in Text and are shown as they are (development data only).</summary>
    public partial class TimelineEntriesKeepValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActorId",
                table: "IncidentEvents",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Arguments",
                table: "IncidentEvents",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActorId",
                table: "IncidentEvents");

            migrationBuilder.DropColumn(
                name: "Arguments",
                table: "IncidentEvents");
        }
    }
}
