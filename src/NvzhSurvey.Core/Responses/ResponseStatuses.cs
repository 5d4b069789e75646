namespace NvzhSurvey.Core.Responses;

/// <summary>The Dutch name of a response status on screen, in spreadsheets and the history ("Concept", "Afgerond").</summary>
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
