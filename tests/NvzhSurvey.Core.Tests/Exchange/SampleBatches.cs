using System.Text.Json;
using NvzhSurvey.Core.Exchange;

namespace NvzhSurvey.Core.Tests.Exchange;

/// <summary>Batches in the shape of issue 7, parsed from JSON as the API receives them.</summary>
public static class SampleBatches
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The example of the issue: one new organisation ("zho-07") with two locations and a completed response.</summary>
    public const string Example = """
        { "organisations": [ {
            "key": "zho-07", "name": "Herstelhuis Proefstad", "city": "Proefstad",
            "locations": [ { "name": "Herstelhuis Proefstad Centrum", "city": "Proefstad", "province": "Utrecht" },
                           { "name": "Herstelhuis Proefstad Noord", "city": "Proefstad", "province": "Noord-Holland" } ],
            "response": { "status": "completed",
              "answers": { "target_group": "broad", "age_groups": ["adults", "young_adults"], "activity_count": 6,
                           "founded_year": 2012, "legal_form": "independent", "fte": 8.75, "revenue": 812000,
                           "funding_sources": ["municipality", "foundations"], "plans": ["growth"] },
              "alsoMentioned": { "activities": ["Kledingruil"] },
              "details": { "plans": { "growth": ["Aanbod in bibliotheken"] } } } } ] }
        """;

    public static ResponseBatch Parse(string json) => JsonSerializer.Deserialize<ResponseBatch>(json, Json)!;

    /// <summary>The example with <paramref name="count"/> organisations "zho-01".. and a changed value per test.</summary>
    public static ResponseBatch Many(int count, Action<int, OrganisationRecord>? change = null)
    {
        var template = Parse(Example).Organisations![0];
        var batch = new ResponseBatch { Organisations = [] };
        for (var i = 0; i < count; i++)
        {
            var copy = Parse(Example).Organisations![0];
            copy.Key = $"zho-{i + 1:00}";
            copy.Name = $"{template.Name} {i + 1}";
            change?.Invoke(i, copy);
            batch.Organisations.Add(copy);
        }

        return batch;
    }

    public static JsonElement Value(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
