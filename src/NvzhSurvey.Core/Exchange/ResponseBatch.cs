using System.Text.Json;

namespace NvzhSurvey.Core.Exchange;

/// <summary>
/// Organisations and their responses to one edition: the body of an import and the result of an export
/// (so export → import round-trips). Every property is nullable so that missing values are reported as Dutch
/// validation errors with their JSON path instead of failing deserialisation.
/// </summary>
public sealed class ResponseBatch
{
    public List<OrganisationRecord>? Organisations { get; set; }
}

public sealed class OrganisationRecord
{
    /// <summary>Stable key ("zho-07"); organisations are matched on it, created when new.</summary>
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? City { get; set; }

    /// <summary>The locations counted for the edition; null leaves the locations as they are.</summary>
    public List<LocationRecord>? Locations { get; set; }

    /// <summary>The response to the edition; null leaves the response as it is.</summary>
    public ResponseRecord? Response { get; set; }
}

public sealed class LocationRecord
{
    public string? Name { get; set; }
    public string? City { get; set; }

    /// <summary>Dutch province name: "Utrecht", "Noord-Holland".</summary>
    public string? Province { get; set; }
}

public sealed class ResponseRecord
{
    /// <summary>"notStarted", "draft", "submittedByMember" or "completed".</summary>
    public string? Status { get; set; }

    /// <summary>
    /// Answers by question key: a single choice is an option key (string), a multiple choice an array of option
    /// keys, a number a JSON number, a text a string. A question that is left out keeps its answer; null clears it.
    /// An empty array answers a multiple-choice question with "geen van deze" (none of the options, on purpose).
    /// </summary>
    public Dictionary<string, JsonElement>? Answers { get; set; }

    /// <summary>The "also mentioned" texts (text list <c>also_mentioned</c>) per question key; replaces the list.</summary>
    public Dictionary<string, List<string>>? AlsoMentioned { get; set; }

    /// <summary>
    /// The question's other text lists, per question key and list key ("other_offer" → "external_trainers");
    /// replaces each list given.
    /// </summary>
    public Dictionary<string, Dictionary<string, List<string>>>? TextLists { get; set; }

    /// <summary>Detail texts per question key and option key (plans and challenges per area); replaces the list.</summary>
    public Dictionary<string, Dictionary<string, List<string>>>? Details { get; set; }
}
