using NvzhSurvey.Core.Organisations;
using NvzhSurvey.Core.Responses;

namespace NvzhSurvey.Core.Exchange;

/// <summary>A validated batch: organisations with answers resolved to question and option ids.</summary>
public sealed record ImportPlan(IReadOnlyList<PlannedOrganisation> Organisations);

public sealed record PlannedOrganisation(
    int Index, string Key, string Name, string? City, IReadOnlyList<PlannedLocation>? Locations, PlannedResponse? Response)
{
    /// <summary>False when the key or name is wrong: the answers are checked, but nothing of it can be stored.</summary>
    public bool IsValid { get; init; } = true;

    public string Path => $"organisations[{Index}]";
}

public sealed record PlannedLocation(string Name, string? City, Province? Province);

/// <param name="Answers">Per question id the new answer; an empty answer clears the question.</param>
/// <param name="TextLists">Per question id and list key the texts, in order.</param>
/// <param name="Details">Per question id and option id the detail texts, in order.</param>
public sealed record PlannedResponse(
    ResponseStatus? Status,
    IReadOnlyDictionary<int, PlannedAnswer> Answers,
    IReadOnlyDictionary<(int QuestionId, string ListKey), IReadOnlyList<string>> TextLists,
    IReadOnlyDictionary<(int QuestionId, int OptionId), IReadOnlyList<string>> Details);

/// <summary>Selected options, or a number, or a text, or "geen van deze"; all empty means "no answer".</summary>
public sealed record PlannedAnswer(IReadOnlyList<int> OptionIds, decimal? Number, string? Text, bool NoneOfThese = false)
{
    public static readonly PlannedAnswer NoneOfTheOptions = new([], null, null, NoneOfThese: true);

    public static readonly PlannedAnswer None = new([], null, null);
}
