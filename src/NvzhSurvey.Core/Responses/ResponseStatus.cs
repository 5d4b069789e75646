namespace NvzhSurvey.Core.Responses;

public enum ResponseStatus
{
    NotStarted = 0,
    Draft = 1,
    SubmittedByMember = 2,
    Completed = 3,
}
