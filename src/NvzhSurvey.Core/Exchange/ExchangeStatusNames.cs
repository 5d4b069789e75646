using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Exchange;

/// <summary>The names of <see cref="ResponseStatus"/> in imports and exports (the people's Dutch names are <see cref="ResponseStatuses"/>): "notStarted", "draft", "submittedByMember", "completed".</summary>
public static class ExchangeStatusNames
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

    /// <summary>The Dutch name people read in the spreadsheets and the preview: "Concept", "Afgerond".</summary>
    public static string ToLabel(ResponseStatus status) => status.DisplayName();

    /// <summary>
    /// Accepts the names case-insensitively, also with "_", "-" or spaces ("not_started"), and the Dutch labels
    /// of the spreadsheets ("Afgerond", "Ingediend door lid").
    /// </summary>
    public static bool TryParse(string? text, out ResponseStatus status)
    {
        status = default;
        var normalised = new string((text ?? "").Where(char.IsLetter).ToArray());
        foreach (var candidate in Enum.GetValues<ResponseStatus>())
        {
            if (string.Equals(candidate.ToString(), normalised, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.DisplayName(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        return false;
    }
}
