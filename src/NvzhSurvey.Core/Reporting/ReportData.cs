using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Reporting;

/// <summary>
/// Everything a report needs from the database for one edition, fetched with a constant number of set-based
/// queries (the questionnaire, a count, one location distribution, one answer aggregate, one free-text list), whatever
/// the number of organisations.
/// </summary>
internal sealed class ReportData
{
    public required Edition Edition { get; init; }
    public required IReadOnlyList<LocationCountFigure> LocationCounts { get; init; }
    public required IReadOnlyList<AnswerAggregate> Aggregates { get; init; }
    public required IReadOnlyList<TextRow> Texts { get; init; }

    public int Participants => LocationCounts.Sum(l => l.Organisations);
    public int Locations => LocationCounts.Sum(l => l.Locations * l.Organisations);

    /// <summary>Per question, option and value: how many answers.</summary>
    public sealed record AnswerAggregate(int QuestionId, int? OptionId, decimal? Value, int Count)
    {
        public decimal Sum => (Value ?? 0) * Count;
    }

    public sealed record TextRow(long Id, int QuestionId, int? OptionId, string? ListKey, string Text, bool Hidden, int Order = 0);

    public static async Task<ReportData?> LoadAsync(SurveyDbContext db, int year, bool includeHiddenTexts, CancellationToken ct)
    {
        var edition = await db.Editions.AsNoTracking()
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Options)
            .Include(e => e.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.TextLists)
            .SingleOrDefaultAsync(e => e.Year == year, ct);
        if (edition is null)
        {
            return null;
        }

        var completed = db.Responses.Where(r => r.EditionId == edition.Id && r.Status == ResponseStatus.Completed);
        var participants = await completed.CountAsync(ct);

        // Locations per response, as a distribution; responses without locations are the remainder.
        var withLocations = await db.ResponseLocations
            .Where(l => completed.Any(r => r.Id == l.ResponseId))
            .GroupBy(l => l.ResponseId)
            .Select(g => g.Count())
            .GroupBy(count => count)
            .Select(g => new LocationCountFigure(g.Key, g.Count()))
            .ToListAsync(ct);
        var withoutLocations = participants - withLocations.Sum(l => l.Organisations);
        var locationCounts = withoutLocations > 0 ? [.. withLocations, new LocationCountFigure(0, withoutLocations)] : withLocations;

        // One scan of the answers: per question, option and value, how many. Option rows give the choice counts;
        // number rows give bucket distributions and (value × count) the totals.
        var aggregates = await (
                from a in db.Answers
                join r in completed on a.ResponseId equals r.Id
                group a by new { a.QuestionId, a.OptionId, a.NumberValue } into g
                select new AnswerAggregate(g.Key.QuestionId, g.Key.OptionId, g.Key.NumberValue, g.Count()))
            .ToListAsync(ct);

        var texts = await (
                from t in db.FreeTexts
                join r in completed on t.ResponseId equals r.Id
                where includeHiddenTexts || !t.HiddenFromPublication
                select new TextRow(t.Id, t.QuestionId, t.OptionId, t.ListKey, t.Text, t.HiddenFromPublication, t.Order))
            .ToListAsync(ct);
        texts.Sort((x, y) => (x.QuestionId, x.Order, x.Id).CompareTo((y.QuestionId, y.Order, y.Id)));

        if (edition.Sections.SelectMany(s => s.Questions).Any(q => q.Kind == QuestionKind.Text))
        {
            // Free-text questions keep their answer in Answer.TextValue; read as texts of the question.
            texts.AddRange(await (
                    from a in db.Answers
                    join r in completed on a.ResponseId equals r.Id
                    where a.TextValue != null
                    orderby a.Id
                    select new TextRow(a.Id, a.QuestionId, null, null, a.TextValue!, false, 0))
                .ToListAsync(ct));
        }

        return new ReportData
        {
            Edition = edition,
            LocationCounts = [.. locationCounts.OrderBy(l => l.Locations)],
            Aggregates = aggregates,
            Texts = texts,
        };
    }
}
