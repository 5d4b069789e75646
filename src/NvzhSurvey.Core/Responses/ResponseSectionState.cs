namespace NvzhSurvey.Core.Responses;

/// <summary>A section whose answers were taken over from the previous edition ("overgenomen, nog te bevestigen").</summary>
public class ResponseSectionState
{
    public int Id { get; set; }
    public int ResponseId { get; set; }
    public int SectionId { get; set; }
    public bool AwaitingConfirmation { get; set; }
}
