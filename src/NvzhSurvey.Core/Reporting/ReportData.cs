using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Reporting;

/// <summary>
/// Everything a report needs from the database for one edition, fetched with a constant number of set-based
/// queries (the questionnaire, one location distribution, one answer aggregate, one free-text list), whatever
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

    /// <summary>Per question, option and (for bucket questions) value: how many answers and their sum.</summary>
    public sealed record AnswerAggregate(int QuestionId, int? OptionId, decimal? Value, int Count, decimal Sum);

    public sealed record TextRow(long Id, int QuestionId, int? OptionId, string? ListKey, string Text, bool Hidden);

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
        var locationCounts = await completed
            .Select(r => r.Locations.Count)
            .GroupBy(count => count)
            .Select(g => new LocationCountFigure(g.Key, g.Count()))
            .ToListAsync(ct);

        var bucketQuestionIds = edition.Sections.SelectMany(s => s.Questions).Where(q => q.Kind.IsBuckets()).Select(q => q.Id).ToList();
        var aggregates = await (
                from a in db.Answers
                join r in completed on a.ResponseId equals r.Id
                group a by new { a.QuestionId, a.OptionId, Value = bucketQuestionIds.Contains(a.QuestionId) ? a.NumberValue : null } into g
                select new AnswerAggregate(g.Key.QuestionId, g.Key.OptionId, g.Key.Value, g.Count(), g.Sum(a => a.NumberValue) ?? 0))
            .ToListAsync(ct);

        var texts = await (
                from t in db.FreeTexts
                join r in completed on t.ResponseId equals r.Id
                where includeHiddenTexts || !t.HiddenFromPublication
                orderby t.QuestionId, t.Order, t.Id
                select new TextRow(t.Id, t.QuestionId, t.OptionId, t.ListKey, t.Text, t.HiddenFromPublication))
            .ToListAsync(ct);

        if (edition.Sections.SelectMany(s => s.Questions).Any(q => q.Kind == QuestionKind.Text))
        {
            // Free-text questions keep their answer in Answer.TextValue; read as texts of the question.
            texts.AddRange(await (
                    from a in db.Answers
                    join r in completed on a.ResponseId equals r.Id
                    where a.TextValue != null
                    orderby a.Id
                    select new TextRow(a.Id, a.QuestionId, null, null, a.TextValue!, false))
                .ToListAsync(ct));
        }

        return new ReportData
        {
            Edition = edition,
            LocationCounts = locationCounts.OrderBy(l => l.Locations).ToList(),
            Aggregates = aggregates,
            Texts = texts,
        };
    }
}
