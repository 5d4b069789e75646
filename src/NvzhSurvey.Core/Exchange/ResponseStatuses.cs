using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Exchange;

/// <summary>The names of <see cref="ResponseStatus"/> in imports and exports: "notStarted", "draft", "submittedByMember", "completed".</summary>
public static class ResponseStatuses
{
    public const string Choices = "notStarted, draft, submittedByMember, completed";

    public static string ToName(ResponseStatus status) => status switch
    {
        ResponseStatus.NotStarted => "notStarted",
        ResponseStatus.Draft => "draft",
        ResponseStatus.SubmittedByMember => "submittedByMember",
        ResponseStatus.Completed => "completed",
        _ => status.ToString(),
    };

    /// <summary>Accepts the names case-insensitively, also with "_", "-" or spaces ("not_started").</summary>
    public static bool TryParse(string? text, out ResponseStatus status)
    {
        status = default;
        var normalised = new string((text ?? "").Where(char.IsLetter).ToArray());
        foreach (var candidate in Enum.GetValues<ResponseStatus>())
        {
            if (string.Equals(candidate.ToString(), normalised, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        return false;
    }
}
