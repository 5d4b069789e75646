using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Interviews;

/// <summary>
/// Everything the interview form shows and edits for one organisation in one edition. Mutable: the form binds
/// to it; <see cref="InterviewWriter"/> stores changes sent as <see cref="InterviewChanges"/>.
/// </summary>
public sealed class InterviewFormModel
{
    public int EditionId { get; init; }
    public int EditionYear { get; init; }

    /// <summary>False once the edition is closed or published: the form is read-only.</summary>
    public bool AcceptsAnswers { get; init; }

    public int OrganisationId { get; init; }
    public string OrganisationName { get; init; } = "";

    /// <summary>Null until the first save creates the response.</summary>
    public int? ResponseId { get; set; }
    public ResponseStatus Status { get; set; }

    /// <summary>The response's xmin when loaded or last saved; null when there is no response yet.</summary>
    public uint? Version { get; set; }

    public DateOnly? InterviewDate { get; set; }
    public string? Interviewer { get; set; }
    public string? InternalNotes { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The member's latest "Wijziging doorgeven" message, when one came in after submitting.</summary>
    public ChangeRequestNote? ChangeRequest { get; set; }

    public DateTimeOffset? LastChangedAt { get; set; }
    public string? LastChangedBy { get; set; }

    /// <summary>The year of last edition's response that can be taken over, when this response is still empty.</summary>
    public int? PrefillYear { get; set; }

    public List<SectionFormModel> Sections { get; init; } = [];

    /// <summary>The organisation's active locations plus any location already counted; <c>Counted</c> is editable.</summary>
    public List<LocationChoice> Locations { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<QuestionFormModel> Questions => Sections.SelectMany(s => s.Questions);

    public QuestionFormModel Question(int id) => Questions.Single(q => q.Id == id);
}

public sealed class SectionFormModel
{
    public int Id { get; init; }
    public required string Key { get; init; }
    public required string Title { get; init; }

    /// <summary>Taken over from last edition and not yet confirmed ("overgenomen, nog te bevestigen").</summary>
    public bool AwaitingConfirmation { get; set; }

    public List<QuestionFormModel> Questions { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public string Anchor => "sectie-" + Key;
}

/// <summary>A member's request to change a submitted questionnaire ("Wijziging doorgeven").</summary>
public sealed record ChangeRequestNote(DateTimeOffset At, string? By, string Message);

/// <summary>A location that can be counted for the edition.</summary>
public sealed class LocationChoice
{
    /// <summary>The live location; null for a counted location that no longer exists.</summary>
    public int? LocationId { get; init; }
    public required string Name { get; init; }
    public string? City { get; init; }
    public string? ProvinceName { get; init; }
    public bool IsActive { get; init; }
    public bool Counted { get; set; }
}
