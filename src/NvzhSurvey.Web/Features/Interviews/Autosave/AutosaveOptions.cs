namespace NvzhSurvey.Web.Features.Interviews.Autosave;

/// <summary>Timing of <see cref="InterviewAutosave"/>; tests use short pauses.</summary>
public sealed record AutosaveOptions
{
    /// <summary>Pause after the last change before saving.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Pause before trying again after a lost database connection.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How often a lost connection is tried again (about ten minutes) before "Opslaan mislukt".</summary>
    public int MaxConnectionRetries { get; init; } = 200;

    /// <summary>Also store the interview details (date, interviewer, internal notes): never in the member portal.</summary>
    public bool SaveDetails { get; init; } = true;
}
