using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NvzhSurvey.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuestionWording : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Wording",
                table: "Questions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            // Databases seeded before this migration: give the 2024 questions their interview wording, with the
            // edition's own year where the wording names one ("Wat was de omzet van uw organisatie in 2024?").
            foreach (var (key, wording) in Wordings2024)
            {
                migrationBuilder.Sql($"""
                    UPDATE "Questions" q SET "Wording" = replace('{wording.Replace("'", "''")}', '2024', e."Year"::text)
                    FROM "Sections" s JOIN "Editions" e ON e."Id" = s."EditionId"
                    WHERE q."SectionId" = s."Id" AND q."Key" = '{key}' AND q."Wording" IS NULL;
                    """);
            }
        }

        private static readonly (string Key, string Wording)[] Wordings2024 =
        [
            ("target_group", "Welke groep inwoners bereikt uw organisatie vooral?"),
            ("age_groups", "Welke leeftijdsgroepen bereikt uw organisatie?"),
            ("walk_in", "Biedt uw organisatie inloop en ontmoeting, fysiek en/of online?"),
            ("activity_count", "Hoeveel verschillende activiteiten door en voor inwoners biedt uw organisatie aan?"),
            ("activities", "Welke activiteiten door en voor inwoners biedt uw organisatie aan?"),
            ("recovery_offer", "Welke herstelcursussen, -trainingen, -groepen en zelfhulpgroepen biedt uw organisatie aan?"),
            ("growth_pond", "Hoe geeft uw organisatie de groeivijver vorm?"),
            ("other_offer", "Welk ander aanbod heeft uw organisatie?"),
            ("partners", "Met welke organisaties werkt uw organisatie samen?"),
            ("locations", "Op welke locaties is uw organisatie actief?"),
            ("legal_form", "Is uw organisatie een zelfstandige rechtspersoon, of onderdeel van een rechtspersoon?"),
            ("founded_year", "In welk jaar is uw organisatie opgericht?"),
            ("revenue", "Wat was de omzet van uw organisatie in 2024?"),
            ("fte", "Hoeveel fte werkte er in 2024 bij uw organisatie?"),
            ("funding_sources", "Waar komt de financiering van uw organisatie vandaan?"),
            ("funding_forms", "In welke vormen ontvangt uw organisatie financiering?"),
            ("quality", "Hoe bewaakt en ontwikkelt uw organisatie de kwaliteit van haar werk?"),
            ("plans", "Welke plannen heeft uw organisatie voor de komende jaren?"),
            ("challenges", "Welke zorgen en uitdagingen ziet uw organisatie?"),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Wording",
                table: "Questions");
        }
    }
}
