using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Tests.Benchmarks;

/// <summary>
/// An independent computation of a benchmark from the entities in memory (not from the database and not with the
/// code under test): the definitions, percentiles as Excel PERCENTILE.INC in decimal.
/// </summary>
internal sealed class BenchmarkExpectation(Edition edition, IReadOnlyList<Response> responses)
{
    private readonly List<Response> completed = responses.Where(r => r.Status == ResponseStatus.Completed).ToList();

    public Dictionary<int, decimal> Values(string figure)
    {
        var result = new Dictionary<int, decimal>();
        foreach (var response in completed)
        {
            if (Value(response, figure) is { } value)
            {
                result[response.Organisation!.Id] = value;
            }
        }

        return result;
    }

    private decimal? Value(Response response, string figure)
    {
        decimal? Number(string key) => response.Answers
            .SingleOrDefault(a => a.QuestionId == Question(key).Id && a.NumberValue is not null)?.NumberValue;
        decimal? locations = response.Locations.Count > 0 ? response.Locations.Count : null;
        return figure switch
        {
            "fte" or "revenue" or "activity_count" => Number(figure),
            "organisation_age" => edition.Year - Number("organisation_age"),
            "locations" => locations,
            "fte_per_location" => Number("fte") is { } f && locations is { } l ? f / l : null,
            "revenue_per_location" => Number("revenue") is { } r && locations is { } l2 ? r / l2 : null,
            "revenue_per_fte" => Number("revenue") is { } r2 && Number("fte") is { } f2 && f2 > 0 ? r2 / f2 : null,
            _ => throw new ArgumentOutOfRangeException(nameof(figure)),
        };
    }

    public Question Question(string reportKey) =>
        edition.Sections.SelectMany(s => s.Questions).Single(q => q.EffectiveReportKey == reportKey);

    public IEnumerable<Question> ChoiceQuestions =>
        edition.Sections.SelectMany(s => s.Questions).Where(q => q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice);

    /// <summary>Organisations that answered the question, and per option how many chose it.</summary>
    public (int Answered, Dictionary<int, int> Counts) Choices(Question question)
    {
        var rows = completed.SelectMany(r => r.Answers.Where(a => a.QuestionId == question.Id).Select(a => (r.Organisation!.Id, a.OptionId))).ToList();
        return (rows.Select(r => r.Item1).Distinct().Count(),
            rows.Where(r => r.OptionId is not null).GroupBy(r => r.OptionId!.Value).ToDictionary(g => g.Key, g => g.Select(r => r.Item1).Distinct().Count()));
    }

    /// <summary>Linear interpolation between closest ranks: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).</summary>
    public static decimal Percentile(IEnumerable<decimal> values, decimal p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var h = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(h);
        var fraction = h - lower;
        return lower + 1 < sorted.Count ? sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]) : sorted[lower];
    }

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
