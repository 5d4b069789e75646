namespace NvzhSurvey.Core.Benchmarks;

/// <summary>
/// The part of an edition's benchmark that is the same for every organisation: per figure n, total, P25, median and
/// P75, and per choice question and option how many organisations chose it (<see cref="BenchmarkStatistics.NetworkAsync"/>).
/// </summary>
internal sealed record BenchmarkNetwork(
    IReadOnlyList<BenchmarkStatistics.NetworkFigureRow> Figures,
    IReadOnlyList<BenchmarkStatistics.NetworkChoiceRow> Choices);
