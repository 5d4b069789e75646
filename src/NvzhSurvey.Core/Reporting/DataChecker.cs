using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;
using NvzhSurvey.Core.Editions.Membership;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Reporting.Checks;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Reporting;

/// <summary>
/// Checks an edition's data before publishing: missing figures, unanswered questions, no locations, answers outside
/// their buckets, outliers per location, and members without a completed response. A constant number of queries.
/// </summary>
public sealed class DataChecker(IDbContextFactory<SurveyDbContext> dbFactory)
{
    /// <summary>A value per location more than this factor above (or below) the median is an outlier.</summary>
    public const decimal OutlierFactor = 3m;

    public async Task<IReadOnlyList<DataCheckIssue>> CheckAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edition = await db.Editions.AsNoTracking().Where(e => e.Year == year)
            .Select(e => new { e.Id, e.Year, e.Status }).SingleOrDefaultAsync(cancellationToken);
        if (edition is null)
        {
            return [];
        }

        var questions = await db.Questions.AsNoTracking().Include(q => q.Options)
            .Where(q => q.Section!.EditionId == edition.Id && !q.IsRetired).ToListAsync(cancellationToken);
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.EditionId == edition.Id)
            .Select(r => new ResponseRow(r.Id, r.OrganisationId, r.Organisation!.Name, r.Status, r.Locations.Count))
            .ToListAsync(cancellationToken);
        var completed = responses.Where(r => r.Status == ResponseStatus.Completed).ToList();
        var numericIds = questions.Where(q => q.Kind.IsNumeric()).Select(q => q.Id).ToList();
        var numbers = await (
                from a in db.Answers
                join r in db.Responses on a.ResponseId equals r.Id
                where r.EditionId == edition.Id && r.Status == ResponseStatus.Completed
                      && numericIds.Contains(a.QuestionId) && a.NumberValue != null
                select new { a.ResponseId, a.QuestionId, Value = a.NumberValue!.Value })
            .ToListAsync(cancellationToken);
        var answers = numbers.ToLookup(n => n.QuestionId, n => (n.ResponseId, n.Value));
        var otherIds = questions.Where(q => q.IsRequired && (q.Kind.IsChoice() || q.Kind == QuestionKind.Text)).Select(q => q.Id).ToList();
        var answered = (await (
                from a in db.Answers
                join r in db.Responses on a.ResponseId equals r.Id
                where r.EditionId == edition.Id && r.Status == ResponseStatus.Completed && otherIds.Contains(a.QuestionId)
                select new { a.ResponseId, a.QuestionId })
            .Distinct().ToListAsync(cancellationToken))
            .Select(a => (a.ResponseId, a.QuestionId)).ToHashSet();
        // The edition's member list: membership periods and staff changes, fixed once the edition closed.
        var memberIds = (await EditionMembers.LoadAsync(db, edition.Id, edition.Year, edition.Status, cancellationToken))
            .Select(m => m.OrganisationId).ToList();
        var members = await db.Organisations.AsNoTracking()
            .Where(o => memberIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);

        var issues = new List<DataCheckIssue>();
        foreach (var question in questions.OrderBy(q => q.Order))
        {
            var values = answers[question.Id].ToDictionary(a => a.ResponseId, a => a.Value);
            if (question.Kind.IsQuantity())
            {
                issues.AddRange(MissingFigures(question, completed, values));
                issues.AddRange(Outliers(question, completed, values));
            }
            else if (question.Kind.IsBuckets())
            {
                issues.AddRange(OutsideBucketsCheck.Find(question, completed.Select(r => (r.Id, r.OrganisationId, r.Name)), values, edition.Year));
            }
            else if (otherIds.Contains(question.Id))
            {
                issues.AddRange(completed.Where(r => !answered.Contains((r.Id, question.Id)))
                    .Select(r => new DataCheckIssue(DataCheckKind.Unanswered, r.OrganisationId, r.Name, $"{question.Label}: niet beantwoord.")));
            }
        }

        issues.AddRange(completed.Where(r => r.Locations == 0)
            .Select(r => new DataCheckIssue(DataCheckKind.NoLocations, r.OrganisationId, r.Name, "Er zijn geen locaties geteld voor deze editie.")));
        var completedOrganisations = completed.Select(r => r.OrganisationId).ToHashSet();
        var statusOf = responses.ToDictionary(r => r.OrganisationId, r => r.Status);
        issues.AddRange(members.Where(m => !completedOrganisations.Contains(m.Id)).OrderBy(m => m.Name)
            .Select(m => new DataCheckIssue(DataCheckKind.NoCompletedResponse, m.Id, m.Name,
                $"Geen afgeronde vragenlijst (status: {statusOf.GetValueOrDefault(m.Id, ResponseStatus.NotStarted).DisplayName().ToLowerInvariant()}).")));
        return issues;
    }

    private static IEnumerable<DataCheckIssue> MissingFigures(Question question, List<ResponseRow> completed, Dictionary<int, decimal> values) =>
        question.IsRequired
            ? completed.Where(r => !values.ContainsKey(r.Id))
                .Select(r => new DataCheckIssue(DataCheckKind.MissingFigure, r.OrganisationId, r.Name, $"{question.Label}: niet ingevuld."))
            : [];

    private static IEnumerable<DataCheckIssue> Outliers(Question question, List<ResponseRow> completed, Dictionary<int, decimal> values)
    {
        var perLocation = completed.Where(r => r.Locations > 0 && values.ContainsKey(r.Id))
            .Select(r => (Response: r, Ratio: values[r.Id] / r.Locations)).ToList();
        if (perLocation.Count < 3)
        {
            return [];
        }

        var median = Median(perLocation.Select(p => p.Ratio).ToList());
        if (median <= 0)
        {
            return [];
        }

        var decimals = question.Kind == QuestionKind.Money ? 0 : 2;
        return perLocation
            .Where(p => p.Ratio > median * OutlierFactor || p.Ratio < median / OutlierFactor)
            .Select(p => new DataCheckIssue(DataCheckKind.Outlier, p.Response.OrganisationId, p.Response.Name,
                $"{question.Label} per locatie is {DutchFormat.Decimal(p.Ratio, decimals)}, "
                + (p.Ratio > median ? "meer dan 3× " : "minder dan een derde van ")
                + $"de mediaan ({DutchFormat.Decimal(median, decimals)})."));
    }

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private sealed record ResponseRow(int Id, int OrganisationId, string Name, ResponseStatus Status, int Locations);
}
