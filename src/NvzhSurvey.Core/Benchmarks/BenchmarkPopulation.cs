using Npgsql;

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// The SQL that defines a benchmark's population, as common table expressions ending in <c>pop(org, figure, value)</c>
/// and <c>choices(org, question, option)</c>: live from the completed responses (closed editions, and publishing),
/// or from the rows stored when the edition was published. Parameters: <c>@edition</c>, <c>@year</c> and
/// <c>@only</c> (an organisation id to restrict the population to, or null for all).
/// The definitions are the report's (<c>ReportData</c>): completed responses; fte, revenue and the number of
/// activities are the number answers of the questions with those report keys; the organisation age is the edition
/// year minus the founded year answered; locations are the response's counted locations (none: not answered);
/// a ratio exists only where its denominator is above zero.
/// </summary>
internal static class BenchmarkPopulation
{
    private const string Completed = """
        completed AS (
            SELECT r."Id", r."OrganisationId" AS org FROM "Responses" r
            WHERE r."EditionId" = @edition AND r."Status" = 3 AND (@only::integer IS NULL OR r."OrganisationId" = @only)),
        edition_questions AS (
            SELECT q."Id", q."Kind", COALESCE(q."ReportKey", q."Key") AS figure FROM "Questions" q
            JOIN "Sections" s ON s."Id" = q."SectionId" WHERE s."EditionId" = @edition)
        """;

    public const string LiveFigures = Completed + """
        ,
        base AS (
            SELECT c.org, q.figure, CASE WHEN q.figure = 'organisation_age' THEN @year - a."NumberValue" ELSE a."NumberValue" END AS value
            FROM completed c JOIN "Answers" a ON a."ResponseId" = c."Id" JOIN edition_questions q ON q."Id" = a."QuestionId"
            WHERE a."NumberValue" IS NOT NULL AND q.figure IN ('fte', 'revenue', 'activity_count', 'organisation_age')
            UNION ALL
            SELECT c.org, 'locations', count(*)::numeric FROM completed c JOIN "ResponseLocations" l ON l."ResponseId" = c."Id" GROUP BY c.org
            UNION ALL
            SELECT c.org, 'participant', 1 FROM completed c),
        wide AS (
            SELECT org,
                   max(value) FILTER (WHERE figure = 'fte') AS fte,
                   max(value) FILTER (WHERE figure = 'revenue') AS revenue,
                   max(value) FILTER (WHERE figure = 'locations') AS locations
            FROM base GROUP BY org),
        pop AS (
            SELECT org, figure, value FROM base
            UNION ALL SELECT org, 'fte_per_location', fte / locations FROM wide WHERE fte IS NOT NULL AND locations > 0
            UNION ALL SELECT org, 'revenue_per_location', revenue / locations FROM wide WHERE revenue IS NOT NULL AND locations > 0
            UNION ALL SELECT org, 'revenue_per_fte', revenue / fte FROM wide WHERE revenue IS NOT NULL AND fte > 0)
        """;

    public const string LiveChoices = Completed + """
        ,
        choices AS (
            SELECT c.org, a."QuestionId" AS question, a."OptionId" AS option
            FROM completed c JOIN "Answers" a ON a."ResponseId" = c."Id" JOIN edition_questions q ON q."Id" = a."QuestionId"
            WHERE q."Kind" IN (1, 2) AND a."NumberValue" IS NULL AND a."TextValue" IS NULL)
        """;

    public const string StoredFigures = """
        pop AS (
            SELECT "OrganisationId" AS org, "Figure" AS figure, "Value" AS value FROM "BenchmarkFigureValues"
            WHERE "EditionId" = @edition AND (@only::integer IS NULL OR "OrganisationId" = @only) AND @year IS NOT NULL)
        """;

    public const string StoredChoices = """
        choices AS (
            SELECT "OrganisationId" AS org, "QuestionId" AS question, "OptionId" AS option FROM "BenchmarkChoices"
            WHERE "EditionId" = @edition AND (@only::integer IS NULL OR "OrganisationId" = @only) AND @year IS NOT NULL)
        """;

    public static string Figures(bool stored) => stored ? StoredFigures : LiveFigures;

    public static string Choices(bool stored) => stored ? StoredChoices : LiveChoices;

    public static NpgsqlParameter[] Parameters(int editionId, int year, int? only, params NpgsqlParameter[] more) =>
    [
        new("edition", editionId),
        new("year", year),
        new("only", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)only ?? DBNull.Value },
        .. more,
    ];
}
