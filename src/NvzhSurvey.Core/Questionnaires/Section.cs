using NvzhSurvey.Core.Editions;

namespace NvzhSurvey.Core.Questionnaires;

/// <summary>A section of an edition's questionnaire: one chapter of the publication.</summary>
public class Section
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public Edition? Edition { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    public List<Question> Questions { get; set; } = [];
}
