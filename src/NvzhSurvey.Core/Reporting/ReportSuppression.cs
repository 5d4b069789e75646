namespace NvzhSurvey.Core.Reporting;

/// <summary>
/// The report as the board, members and read-only tokens see it: every figure answered by too few organisations
/// (<see cref="EditionReport.BelowMinimum"/>) keeps its title but loses its counts, percentages, totals, averages,
/// changes and free texts; a figure whose previous edition had too few answers loses its comparison.
/// </summary>
public static class ReportSuppression
{
    public static EditionReport Restrict(EditionReport report)
    {
        if (report.Suppressed)
        {
            return report;
        }

        var chapters = report.Chapters
            .Select(c => c with { Questions = c.Questions.Select(q => Restrict(report, q)).ToList() })
            .ToList();
        return report with { Chapters = chapters, Suppressed = true };
    }

    private static QuestionReport Restrict(EditionReport report, QuestionReport question)
    {
        if (report.IsBelowMinimum(question.Key))
        {
            return Withhold(question);
        }

        return report.PreviousBelowMinimum.Contains(question.Key) ? WithoutPrevious(question) : question;
    }

    private static QuestionReport Withhold(QuestionReport question) => question switch
    {
        ChoiceReport c => c with
        {
            Answered = null,
            Options = c.Options.Select(Empty).ToList(),
            AverageSelected = null,
            PreviousAverageSelected = null,
            TextLists = c.TextLists.Select(l => l with { Texts = [] }).ToList(),
            OptionDetails = c.OptionDetails.Select(d => d with { Texts = [] }).ToList(),
        },
        BucketReport b => b with { Answered = null, Buckets = b.Buckets.Select(Empty).ToList() },
        LocationsReport l => l with { Answered = null, Distribution = [], TotalLocations = 0, PreviousTotalLocations = null },
        QuantityReport q => q with { Answered = null, Total = 0, AveragePerOrganisation = 0, AveragePerLocation = 0, Locations = 0, Previous = null },
        TextAnswersReport t => t with { Answered = null, Texts = [] },
        _ => question,
    };

    private static QuestionReport WithoutPrevious(QuestionReport question) => question switch
    {
        ChoiceReport c => c with { Options = c.Options.Select(o => o with { Previous = null }).ToList(), PreviousAverageSelected = null },
        BucketReport b => b with { Buckets = b.Buckets.Select(o => o with { Previous = null }).ToList() },
        LocationsReport l => l with { PreviousTotalLocations = null },
        QuantityReport q => q with { Previous = null },
        _ => question,
    };

    private static OptionFigure Empty(OptionFigure figure) => figure with { Count = 0, Percent = 0, Previous = null };
}
