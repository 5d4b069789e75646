using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NvzhSurvey.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationFactsFromAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- HAND-WRITTEN DATA MIGRATION (no model change; keep this block when regenerating at merge) ----
            // Founding year and legal form became organisation facts (OrganisationFacts, ADR 012). An organisation
            // without a value takes it from the answer of its latest completed response; values already on the
            // organisation are kept. Completed responses are not touched: their answers are the frozen values.
            migrationBuilder.Sql("""
                UPDATE "Organisations" o SET "FoundedYear" = latest.value
                FROM (
                    SELECT DISTINCT ON (r."OrganisationId") r."OrganisationId", a."NumberValue"::int AS value
                    FROM "Answers" a
                    JOIN "Responses" r ON r."Id" = a."ResponseId"
                    JOIN "Editions" e ON e."Id" = r."EditionId"
                    JOIN "Questions" q ON q."Id" = a."QuestionId"
                    WHERE q."Key" = 'founded_year' AND r."Status" = 3 AND a."NumberValue" IS NOT NULL
                    ORDER BY r."OrganisationId", e."Year" DESC
                ) latest
                WHERE o."Id" = latest."OrganisationId" AND o."FoundedYear" IS NULL;

                UPDATE "Organisations" o SET "LegalForm" = latest.value
                FROM (
                    SELECT DISTINCT ON (r."OrganisationId") r."OrganisationId",
                           CASE opt."Key" WHEN 'independent' THEN 1 WHEN 'part_of' THEN 2 END AS value
                    FROM "Answers" a
                    JOIN "Responses" r ON r."Id" = a."ResponseId"
                    JOIN "Editions" e ON e."Id" = r."EditionId"
                    JOIN "QuestionOptions" opt ON opt."Id" = a."OptionId"
                    JOIN "Questions" q ON q."Id" = a."QuestionId"
                    WHERE q."Key" = 'legal_form' AND r."Status" = 3 AND opt."Key" IN ('independent', 'part_of')
                    ORDER BY r."OrganisationId", e."Year" DESC
                ) latest
                WHERE o."Id" = latest."OrganisationId" AND o."LegalForm" IS NULL;
                """);
            // ---- END HAND-WRITTEN DATA MIGRATION ----
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The copied values cannot be told apart from values entered later; nothing to undo.
        }
    }
}
