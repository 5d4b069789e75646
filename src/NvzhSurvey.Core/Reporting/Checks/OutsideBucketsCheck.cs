using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Reporting.Checks;

/// <summary>
/// A completed response whose count (or founding year, as an age) falls outside every bucket of its question: the
/// form accepts it with a warning (<see cref="AnswerRules.WarnNumber"/>), the publication's table has no row for it.
/// </summary>
public static class OutsideBucketsCheck
{
    /// <param name="values">The question's number per response id.</param>
    /// <param name="responses">The completed responses: id, organisation id and name.</param>
    public static IEnumerable<DataCheckIssue> Find(Question question, IEnumerable<(int ResponseId, int OrganisationId, string Name)> responses,
        IReadOnlyDictionary<int, decimal> values, int year)
    {
        foreach (var response in responses)
        {
            if (!values.TryGetValue(response.ResponseId, out var value))
            {
                continue;
            }

            var bucketValue = question.Kind == QuestionKind.FoundedYearBuckets ? year - (int)value : (int)value;
            if (!AnswerRules.FitsABucket(question, bucketValue))
            {
                yield return new DataCheckIssue(DataCheckKind.OutsideBuckets, response.OrganisationId, response.Name,
                    $"{question.Label}: {DutchFormat.Integer(value)} valt buiten de klassen.");
            }
        }
    }
}
