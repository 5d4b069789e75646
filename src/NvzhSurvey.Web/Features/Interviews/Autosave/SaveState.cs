namespace NvzhSurvey.Web.Features.Interviews.Autosave;

/// <summary>The interview form's autosave state.</summary>
public enum SaveState
{
    Idle,
    Pending,
    Saving,
    Saved,

    /// <summary>A field holds a value the rules refuse; it is not saved until corrected.</summary>
    Invalid,

    /// <summary>Someone else saved first; autosave stops until the form is reloaded.</summary>
    Conflict,
    Failed,
}
