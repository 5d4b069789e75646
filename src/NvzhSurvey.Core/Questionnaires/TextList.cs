namespace NvzhSurvey.Core.Questionnaires;

/// <summary>A free-text list of a question, e.g. key "also_mentioned", title "Verder nog genoemd".</summary>
public class TextList
{
    public int Id { get; set; }
    public int QuestionId { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
}
