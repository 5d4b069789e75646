using System.Text;

namespace NvzhSurvey.Web.Tests.Api;

/// <summary>Import bodies in the shape of issue 7.</summary>
public static class ApiSamples
{
    /// <summary>One organisation with the answers of the example; placeholders change single values.</summary>
    public static string Organisation(string key, string fte = "8.75", string ageGroups = """["adults", "young_adults"]""",
        string extraAnswers = "") => $$"""
        { "key": "{{key}}", "name": "Herstelhuis {{key}}", "city": "Proefstad",
          "locations": [ { "name": "Herstelhuis {{key}} Centrum", "city": "Proefstad", "province": "Utrecht" } ],
          "response": { "status": "completed",
            "answers": { "target_group": "broad", "age_groups": {{ageGroups}}, "activity_count": 6,
                         "founded_year": 2012, "legal_form": "independent", "fte": {{fte}}, "revenue": 812000,
                         "funding_sources": ["municipality", "foundations"], "plans": ["growth"]{{extraAnswers}} },
            "alsoMentioned": { "activities": ["Kledingruil"] },
            "details": { "plans": { "growth": ["Aanbod in bibliotheken"] } } } }
        """;

    public static string Batch(params string[] organisations) => $$"""{ "organisations": [ {{string.Join(",", organisations)}} ] }""";

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
