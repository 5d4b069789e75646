using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NvzhSurvey.Core.Data.Migrations
{
    /// <summary>
    /// HAND-WRITTEN DATA MIGRATION (no model change, so no designer file and no snapshot change). A response's
    /// "laatst gewijzigd door" now stores the person's display name, not the user name (e-mail address); rows saved
    /// before this take the display name of the user whose user name they hold. Rows without a match (imports named
    /// after a token, "systeem") stay as they are.
    /// </summary>
    [DbContext(typeof(SurveyDbContext))]
    [Migration("20261206160000_LastChangedByDisplayNames")]
    public partial class LastChangedByDisplayNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Responses" r SET "LastChangedBy" = u."DisplayName"
                FROM "AspNetUsers" u
                WHERE r."LastChangedBy" = u."UserName" AND u."DisplayName" IS NOT NULL AND btrim(u."DisplayName") <> '';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The e-mail addresses are not kept: a display name stays a display name.
        }
    }
}
