namespace NvzhSurvey.Core.Reporting;

/// <summary>A problem to look at before publishing, about one organisation (or its response) in an edition.</summary>
public sealed record DataCheckIssue(DataCheckKind Kind, int OrganisationId, string OrganisationName, string Message);

public enum DataCheckKind
{
    /// <summary>A completed response lacks a required figure (FTE, revenue, ...).</summary>
    MissingFigure = 1,

    /// <summary>A completed response counts no locations.</summary>
    NoLocations = 2,

    /// <summary>A bucket question's answer lies outside every bucket.</summary>
    OutsideBuckets = 3,

    /// <summary>A figure per location is far from the median (more than 3× or less than a third).</summary>
    Outlier = 4,

    /// <summary>A member organisation has no completed response.</summary>
    NoCompletedResponse = 5,

    /// <summary>
    /// A completed response leaves a required choice or text question unanswered (imported data; the form does not
    /// complete such a response). "Geen van deze" is an answer.
    /// </summary>
    Unanswered = 6,
}
