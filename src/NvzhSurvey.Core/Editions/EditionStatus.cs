namespace NvzhSurvey.Core.Editions;

public enum EditionStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
    Published = 4,
}
