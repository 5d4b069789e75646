using System.Text.Json.Serialization;
using NvzhSurvey.Core.Benchmarks;

namespace NvzhSurvey.Web.Features.Benchmarks;

/// <summary>The API's shape of a benchmark (issue 14): numbers as JSON numbers, rounded; a suppressed figure has no
/// median, p25, p75 or position.</summary>
public sealed record BenchmarkJson(
    [property: JsonPropertyName("organisation")] BenchmarkJson.OrganisationJson Organisation,
    [property: JsonPropertyName("edition")] int Edition,
    [property: JsonPropertyName("figures")] IReadOnlyList<BenchmarkJson.FigureJson> Figures,
    [property: JsonPropertyName("choices")] IReadOnlyList<BenchmarkJson.ChoiceJson> Choices)
{
    public static BenchmarkJson From(OrganisationBenchmark benchmark) => new(
        new OrganisationJson(benchmark.Organisation.Key, benchmark.Organisation.Name),
        benchmark.Edition,
        benchmark.Figures.Select(f => new FigureJson(f.Key, f.Label, f.Value, f.N, f.Median, f.P25, f.P75,
            f.Suppressed ? null : f.Position is { } p ? BenchmarkFormat.Position(p) : null, f.Previous, f.Suppressed)).ToList(),
        benchmark.Choices.Select(c => new ChoiceJson(c.Question, c.Chosen,
            c.Options.Select(o => new OptionJson(o.Key, o.Label, o.Count, o.Percent, o.Chosen)).ToList())).ToList());

    public sealed record OrganisationJson([property: JsonPropertyName("key")] string Key, [property: JsonPropertyName("name")] string Name);

    public sealed record FigureJson(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("value")] decimal? Value,
        [property: JsonPropertyName("n")] int N,
        [property: JsonPropertyName("median"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Median,
        [property: JsonPropertyName("p25"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? P25,
        [property: JsonPropertyName("p75"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? P75,
        [property: JsonPropertyName("position"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Position,
        [property: JsonPropertyName("previous")] decimal? Previous,
        [property: JsonPropertyName("suppressed")] bool Suppressed);

    public sealed record ChoiceJson(
        [property: JsonPropertyName("question")] string Question,
        [property: JsonPropertyName("chosen")] IReadOnlyList<string> Chosen,
        [property: JsonPropertyName("options")] IReadOnlyList<OptionJson> Options);

    public sealed record OptionJson(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("label")] string Label,
        [property: JsonPropertyName("count")] int? Count,
        [property: JsonPropertyName("percent")] int? Percent,
        [property: JsonPropertyName("chosen")] bool Chosen);
}
