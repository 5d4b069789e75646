using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NvzhSurvey.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditionMembership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "MemberUntil",
                table: "Organisations",
                type: "date",
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "MembersTotal",
                table: "Editions",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<int>(
                name: "LocationsAllMembers",
                table: "Editions",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.CreateTable(
                name: "DataCheckResolutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    EditionId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    CheckKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataCheckResolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataCheckResolutions_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DataCheckResolutions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EditionMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    EditionId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Locations = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditionMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EditionMembers_Editions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "Editions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EditionMembers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataCheckResolutions_EditionId_OrganisationId_CheckKey",
                table: "DataCheckResolutions",
                columns: new[] { "EditionId", "OrganisationId", "CheckKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataCheckResolutions_OrganisationId",
                table: "DataCheckResolutions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_EditionMembers_EditionId_OrganisationId_Kind",
                table: "EditionMembers",
                columns: new[] { "EditionId", "OrganisationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EditionMembers_OrganisationId",
                table: "EditionMembers",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataCheckResolutions");

            migrationBuilder.DropTable(
                name: "EditionMembers");

            migrationBuilder.DropColumn(
                name: "MemberUntil",
                table: "Organisations");

            migrationBuilder.AlterColumn<int>(
                name: "MembersTotal",
                table: "Editions",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "LocationsAllMembers",
                table: "Editions",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
