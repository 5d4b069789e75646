using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Web.Features.Interviews;

/// <summary>How the member portal speaks about the state of the member's questionnaire.</summary>
public static class MemberStatus
{
    /// <summary>The status chip.</summary>
    public static string Chip(ResponseStatus status) => status switch
    {
        ResponseStatus.NotStarted => "Nog niet begonnen",
        ResponseStatus.Draft => "Concept",
        ResponseStatus.SubmittedByMember => "Ingediend",
        ResponseStatus.Completed => "Afgerond door NVZH",
        _ => status.DisplayName(),
    };

    /// <summary>The sentence on the portal card and above the read-only summary.</summary>
    public static string Sentence(ResponseStatus status, DateTimeOffset? submittedAt, DateTimeOffset? completedAt, InterviewProgress? progress) =>
        status switch
        {
            ResponseStatus.NotStarted => "U bent nog niet begonnen met de vragenlijst.",
            ResponseStatus.Draft when progress is not null =>
                $"U bent bezig: {progress.Answered} van {progress.Total} vragen beantwoord. Alles wat u invult wordt automatisch bewaard.",
            ResponseStatus.Draft => "U bent bezig met de vragenlijst. Alles wat u invult wordt automatisch bewaard.",
            ResponseStatus.SubmittedByMember => submittedAt is { } at
                ? $"U heeft de vragenlijst ingediend op {DutchDate(at)}. De NVZH kijkt hem na."
                : "U heeft de vragenlijst ingediend. De NVZH kijkt hem na.",
            ResponseStatus.Completed => completedAt is { } done
                ? $"Afgerond door NVZH op {DutchDate(done)}. Dank u wel voor uw antwoorden."
                : "Afgerond door NVZH. Dank u wel voor uw antwoorden.",
            _ => status.DisplayName(),
        };

    private static string DutchDate(DateTimeOffset moment) =>
        DutchTime.FormatLongDate(moment);
}
