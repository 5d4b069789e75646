namespace NvzhSurvey.Core.Responses;

/// <summary>
/// A free-text item: an entry of a question's text list ("also mentioned") when <see cref="ListKey"/> is set,
/// or a detail text of an option (plans and challenges per area) when <see cref="OptionId"/> is set.
/// </summary>
public class FreeText
{
    public long Id { get; set; }
    public int ResponseId { get; set; }
    public int QuestionId { get; set; }
    public int? OptionId { get; set; }
    public string? ListKey { get; set; }
    public required string Text { get; set; }
    public int Order { get; set; }

    /// <summary>Staff hid this text from the publication.</summary>
    public bool HiddenFromPublication { get; set; }
}
