using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NvzhSurvey.Core.Data.Migrations
{
    /// <summary>
    /// Optimistic concurrency on locations and edition texts: their <c>Version</c> maps to PostgreSQL's system
    /// column <c>xmin</c>, which every row already has. Only the model changes; there is no schema operation
    /// (the scaffolded AddColumn/DropColumn of xmin were removed; Npgsql would have skipped them anyway).
    /// </summary>
    public partial class LocationAndTextVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
