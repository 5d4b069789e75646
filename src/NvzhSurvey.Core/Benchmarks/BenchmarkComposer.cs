using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Benchmarks;

/// <summary>Turns the statistics rows into the rounded, suppressed model (no database here).</summary>
internal static class BenchmarkComposer
{
    public static IReadOnlyList<BenchmarkFigure> Figures(
        IReadOnlyList<BenchmarkStatistics.FigureRow> rows, IReadOnlyList<BenchmarkStatistics.OwnRow> previous) =>
        BenchmarkFigures.All.Select(definition =>
        {
            var row = rows.SingleOrDefault(r => r.Figure == definition.Key);
            var own = row?.Own;
            var previousValue = previous.SingleOrDefault(p => p.Figure == definition.Key)?.Value;
            var n = row?.N ?? 0;
            var rounded = (decimal? value) => value is { } v ? definition.Round(v) : (decimal?)null;
            if (row is null || n < BenchmarkFigures.MinimumPopulation)
            {
                return new BenchmarkFigure(definition, rounded(own), n, null, null, null, null, rounded(previousValue), true);
            }

            return new BenchmarkFigure(definition, rounded(own), n, definition.Round(row.Median), definition.Round(row.P25),
                definition.Round(row.P75), own is { } value ? Position(value, row.P25, row.P75) : null, rounded(previousValue), false);
        }).ToList();

    public static BenchmarkPosition Position(decimal value, decimal p25, decimal p75) =>
        value < p25 ? BenchmarkPosition.Laag : value > p75 ? BenchmarkPosition.Hoog : BenchmarkPosition.Midden;

    public static IReadOnlyList<BenchmarkChoiceQuestion> Choices(IReadOnlyList<Question> questions, IReadOnlyList<BenchmarkStatistics.ChoiceRow> rows) =>
        questions.Select(question =>
        {
            var total = rows.SingleOrDefault(r => r.QuestionId == question.Id && r.IsQuestionTotal);
            var answered = total?.Count ?? 0;
            var suppressed = answered < BenchmarkFigures.MinimumPopulation;
            var counts = rows.Where(r => r.QuestionId == question.Id && !r.IsQuestionTotal).ToList();
            var options = question.Options
                .Select(o => (Option: o, Row: counts.SingleOrDefault(r => r.OptionId == o.Id)))
                .Where(x => !x.Option.IsRetired || x.Row is not null)
                .OrderByDescending(x => suppressed ? 0 : x.Row?.Count ?? 0).ThenBy(x => x.Option.Order)
                .Select(x =>
                {
                    var count = x.Row?.Count ?? 0;
                    return suppressed
                        ? new BenchmarkOption(x.Option.Key, x.Option.Label, null, null, x.Row?.Chosen ?? false, false)
                        : new BenchmarkOption(x.Option.Key, x.Option.Label, count, ReportRounding.Percent(count, answered),
                            x.Row?.Chosen ?? false, count * 2 > answered);
                })
                .ToList();
            var noneOfThese = counts.SingleOrDefault(r => r.OptionId is null)?.Chosen ?? false;
            return new BenchmarkChoiceQuestion(question.EffectiveReportKey, question.Label, answered, suppressed, noneOfThese, options);
        })
        .Where(q => q.Answered > 0)
        .ToList();
}
