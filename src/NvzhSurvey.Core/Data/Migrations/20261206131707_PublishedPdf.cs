using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NvzhSurvey.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublishedPdf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishedPdf",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    SnapshotId = table.Column<int>(type: "integer", nullable: false),
                    InputHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedPdf", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedPdf_PublicationSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "PublicationSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedPdf_SnapshotId_InputHash",
                table: "PublishedPdf",
                columns: new[] { "SnapshotId", "InputHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedPdf");
        }
    }
}
