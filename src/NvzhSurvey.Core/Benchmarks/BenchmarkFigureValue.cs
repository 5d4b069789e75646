namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// One participant's unrounded value of one benchmark figure in a published edition, stored when the edition is
/// published (<see cref="BenchmarkSnapshot"/>), so its benchmarks never change afterwards. The figure
/// <see cref="BenchmarkFigures.Participant"/> (value 1) marks every participant, also one that answered no figure.
/// </summary>
public class BenchmarkFigureValue
{
    public int EditionId { get; set; }
    public int OrganisationId { get; set; }
    public required string Figure { get; set; }
    public decimal Value { get; set; }
}
