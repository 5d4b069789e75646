using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NvzhSurvey.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnswerNumbersIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Answers_Numbers",
                table: "Answers",
                column: "ResponseId",
                filter: "\"NumberValue\" IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "QuestionId", "NumberValue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Answers_Numbers",
                table: "Answers");
        }
    }
}
