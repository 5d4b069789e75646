namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// "Uw organisatie vergeleken": one organisation's figures and choices beside the network's, for one edition.
/// Numbers only, rounded like the report; pages, the API and the PDF lay it out.
/// </summary>
public sealed record OrganisationBenchmark(
    BenchmarkOrganisation Organisation,
    int Edition,
    int? PreviousEdition,
    bool FromSnapshot,
    BenchmarkKeyFigures KeyFigures,
    IReadOnlyList<BenchmarkFigure> Figures,
    IReadOnlyList<BenchmarkChoiceQuestion> Choices)
{
    /// <summary>Not yet published: a preview for staff whose figures may still change.</summary>
    public bool Provisional => !FromSnapshot;
}

public sealed record BenchmarkOrganisation(string Key, string Name);

/// <summary>The edition's key figures for context: participants, their counted locations, total fte and revenue.</summary>
public sealed record BenchmarkKeyFigures(int Participants, int Locations, decimal Fte, decimal Revenue);

/// <summary>
/// One figure. <see cref="Suppressed"/> (n below <see cref="BenchmarkFigures.MinimumPopulation"/>) leaves out the
/// network's figures and the position. <see cref="Value"/> is null when the organisation did not answer it.
/// </summary>
public sealed record BenchmarkFigure(
    BenchmarkFigureDefinition Definition,
    decimal? Value,
    int N,
    decimal? Median,
    decimal? P25,
    decimal? P75,
    BenchmarkPosition? Position,
    decimal? Previous,
    bool Suppressed)
{
    public string Key => Definition.Key;
    public string Label => Definition.Label;
}

/// <summary>Below P25, from P25 to P75 inclusive, above P75 (on unrounded values).</summary>
public enum BenchmarkPosition
{
    Laag,
    Midden,
    Hoog,
}

/// <summary>
/// A choice question: what the organisation chose beside how many organisations chose each option. Counts and
/// percents are of the organisations that answered the question (<see cref="Answered"/>), and are left out
/// (<see cref="Suppressed"/>) when fewer than <see cref="BenchmarkFigures.MinimumPopulation"/> answered.
/// </summary>
public sealed record BenchmarkChoiceQuestion(
    string Key,
    string Question,
    int Answered,
    bool Suppressed,
    bool NoneOfThese,
    IReadOnlyList<BenchmarkOption> Options)
{
    public IReadOnlyList<string> Chosen => Options.Where(o => o.Chosen).Select(o => o.Label).ToList();

    /// <summary>The options the organisation did not choose that most organisations chose (more than half).</summary>
    public IReadOnlyList<BenchmarkOption> MissedByYou => Options.Where(o => o.MostChose && !o.Chosen).ToList();
}

public sealed record BenchmarkOption(string Key, string Label, int? Count, int? Percent, bool Chosen, bool MostChose);
