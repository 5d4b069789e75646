namespace NvzhSurvey.Core.Benchmarks;

/// <summary>The figures of a benchmark, in the order shown, with their Dutch labels and the report's rounding.</summary>
public static class BenchmarkFigures
{
    /// <summary>Not a figure: a row with value 1 for every participant (completed response) of the edition.</summary>
    public const string Participant = "participant";

    /// <summary>The figures compared and below which a figure is not compared (at least 5 other organisations).</summary>
    public const int MinimumPopulation = 6;

    public static readonly IReadOnlyList<BenchmarkFigureDefinition> All =
    [
        new("fte", "Fte", 2, false),
        new("revenue", "Omzet", 0, true),
        new("locations", "Aantal locaties", 1, false),
        new("organisation_age", "Leeftijd organisatie (jaren)", 1, false),
        new("activity_count", "Aantal activiteiten", 1, false),
        new("fte_per_location", "Fte per locatie", 2, false),
        new("revenue_per_location", "Omzet per locatie", 0, true),
        new("revenue_per_fte", "Omzet per fte", 0, true),
    ];

    /// <summary>The answer figures taken from a number answer of the question with this report key.</summary>
    public static readonly IReadOnlyList<string> AnswerFigures = ["fte", "revenue", "activity_count", "organisation_age"];
}

/// <summary>A figure's key (as in the API), Dutch label, decimals when shown, and whether it is an amount in euros.</summary>
public sealed record BenchmarkFigureDefinition(string Key, string Label, int Decimals, bool IsEuro)
{
    /// <summary>Rounded like the report: half away from zero.</summary>
    public decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
