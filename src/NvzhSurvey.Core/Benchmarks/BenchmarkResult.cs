namespace NvzhSurvey.Core.Benchmarks;

public enum BenchmarkOutcome
{
    Ok,

    /// <summary>The actor may not see this benchmark (another organisation's, the board's, a read-only token's).</summary>
    Forbidden,

    /// <summary>No such edition or organisation, or the organisation did not take part.</summary>
    NotFound,

    /// <summary>The edition is not (yet) published (members) or not yet closed (staff).</summary>
    NotAvailable,
}

/// <summary>A benchmark, or why there is none, with a Dutch message for people.</summary>
public sealed record BenchmarkResult(BenchmarkOutcome Outcome, OrganisationBenchmark? Benchmark, string? Message)
{
    public static BenchmarkResult Forbidden { get; } = new(BenchmarkOutcome.Forbidden, null, "U heeft geen toegang tot deze vergelijking.");

    public static BenchmarkResult NotFound(string message) => new(BenchmarkOutcome.NotFound, null, message);

    public static BenchmarkResult NotAvailable(string message) => new(BenchmarkOutcome.NotAvailable, null, message);
}
