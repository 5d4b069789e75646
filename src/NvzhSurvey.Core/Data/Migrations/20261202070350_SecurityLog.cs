using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NvzhSurvey.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SecurityLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "OrganisationId",
                table: "Invitations",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ResentAt",
                table: "Invitations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RevokedAt",
                table: "Invitations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevokedBy",
                table: "Invitations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "Invitations",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Lid");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExpiresAt",
                table: "ApiTokens",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SecurityLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubjectUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    SubjectName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityLog", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SecurityLog_At",
                table: "SecurityLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityLog_Kind_At",
                table: "SecurityLog",
                columns: new[] { "Kind", "At" });

            // Append-only: UPDATE and DELETE of a security-log line are refused by the database itself.
            // (TRUNCATE by the table owner still works, for test resets; the app's role should not own the table:
            // docs/operations.md, "Insert-only audit tables".)
            migrationBuilder.Sql("""
                CREATE FUNCTION security_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Het beveiligingslog kan alleen worden aangevuld (% geweigerd)', TG_OP;
                END $$;
                CREATE TRIGGER "SecurityLog_append_only" BEFORE UPDATE OR DELETE ON "SecurityLog"
                    FOR EACH ROW EXECUTE FUNCTION security_log_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"SecurityLog_append_only\" ON \"SecurityLog\"; DROP FUNCTION security_log_append_only();");

            migrationBuilder.DropTable(
                name: "SecurityLog");

            migrationBuilder.DropColumn(
                name: "ResentAt",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "RevokedAt",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "RevokedBy",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "ExpiresAt",
                table: "ApiTokens");

            migrationBuilder.AlterColumn<int>(
                name: "OrganisationId",
                table: "Invitations",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
