namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// The network's statistics of one benchmark figure in a published edition (n, total, P25, median, P75, unrounded),
/// computed in SQL from the stored <see cref="BenchmarkFigureValue"/> rows when the edition is published
/// (<see cref="BenchmarkSnapshot"/>), so a benchmark request of a published edition only reads them, however many
/// organisations took part.
/// </summary>
public class BenchmarkNetworkFigure
{
    public int EditionId { get; set; }
    public required string Figure { get; set; }
    public int N { get; set; }
    public decimal Total { get; set; }
    public decimal P25 { get; set; }
    public decimal Median { get; set; }
    public decimal P75 { get; set; }
}
