namespace NvzhSurvey.Core.Responses;

public static class ResponseStatuses
{
    public static string DisplayName(this ResponseStatus status) => status switch
    {
        ResponseStatus.NotStarted => "Nog niet gestart",
        ResponseStatus.Draft => "Concept",
        ResponseStatus.SubmittedByMember => "Ingediend door lid",
        ResponseStatus.Completed => "Afgerond",
        _ => status.ToString(),
    };
}
