using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Responses;

/// <summary>One organisation's answers for one edition.</summary>
public class Response
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public Edition? Edition { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public ResponseStatus Status { get; set; } = ResponseStatus.NotStarted;
    public DateOnly? InterviewDate { get; set; }
    public string? Interviewer { get; set; }

    /// <summary>Staff-only notes; never shown to the member or published.</summary>
    public string? InternalNotes { get; set; }

    /// <summary>A quote from the interview, publishable when the organisation consented.</summary>
    public string? Quote { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? LastChangedAt { get; set; }
    public string? LastChangedBy { get; set; }

    public uint Version { get; set; }

    public List<Answer> Answers { get; set; } = [];
    public List<FreeText> FreeTexts { get; set; } = [];

    /// <summary>The locations counted for this edition; frozen so later profile changes do not alter figures.</summary>
    public List<ResponseLocation> Locations { get; set; } = [];

    /// <summary>Sections prefilled from last edition that still await confirmation.</summary>
    public List<ResponseSectionState> SectionStates { get; set; } = [];
}
