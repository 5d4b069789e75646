using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Interviews;

public enum SaveOutcome
{
    Saved,

    /// <summary>Someone else saved the response since the form loaded it; nothing was stored.</summary>
    Conflict,

    /// <summary>Not allowed (edition closed, response incomplete, ...); nothing was stored.</summary>
    Refused,
}

/// <summary>The outcome of a save, with the response's new version and who changed it last.</summary>
public sealed record SaveResult(SaveOutcome Outcome, string? Message = null)
{
    public int? ResponseId { get; init; }
    public uint? Version { get; init; }
    public ResponseStatus Status { get; init; }
    public DateTimeOffset? LastChangedAt { get; init; }
    public string? LastChangedBy { get; init; }

    /// <summary>Dutch validation messages per question id; those answers were not stored.</summary>
    public IReadOnlyDictionary<int, string> Errors { get; init; } = new Dictionary<int, string>();

    /// <summary>What still has to be answered before the response can be completed or submitted.</summary>
    public IReadOnlyList<MissingItem> Missing { get; init; } = [];

    public bool Succeeded => Outcome == SaveOutcome.Saved;
}

/// <summary>Something that must be answered before completing; <see cref="Anchor"/> is the element id in the form.</summary>
public sealed record MissingItem(string Section, string Text, string Anchor);
