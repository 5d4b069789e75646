using System.Text.Json.Nodes;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Core.Reporting;

/// <summary>
/// Writes a report in the shape of the 2024 publication's <c>figures.json</c>: <c>edition</c>, <c>participation</c>,
/// <c>chapters[].questions[]</c> with the same keys, plus <c>previous</c> values where a previous edition exists.
/// </summary>
public static class ReportJson
{
    public static JsonObject Write(EditionReport report) => new()
    {
        ["edition"] = report.Year,
        ["previous_edition"] = report.PreviousYear,
        ["provisional"] = report.Provisional,
        ["minimum_answers"] = report.MinimumAnswers,
        ["participation"] = Participation(report.Participation),
        ["chapters"] = new JsonArray(report.Chapters.Select(c => (JsonNode)new JsonObject
        {
            ["key"] = c.Key,
            ["title"] = $"{c.Number} | {c.Title}",
            ["questions"] = new JsonArray(c.Questions.Select(q => Question(report, q)).ToArray<JsonNode?>()),
        }).ToArray<JsonNode?>()),
    };

    public static string TypeName(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "single",
        QuestionKind.MultipleChoice => "multi",
        QuestionKind.IntegerBuckets => "integer_buckets",
        QuestionKind.FoundedYearBuckets => "founded_year_buckets",
        QuestionKind.LocationCount => "locations",
        QuestionKind.Money => "money",
        QuestionKind.Decimal => "decimal",
        QuestionKind.Integer => "integer",
        QuestionKind.Text => "text",
        QuestionKind.Year => "year",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static JsonObject Participation(Participation p)
    {
        var json = new JsonObject
        {
            ["members_total"] = p.MembersTotal,
            ["participating"] = p.Participating,
            ["participating_percent"] = p.ParticipatingPercent,
            ["locations_participating"] = p.LocationsParticipating,
            ["locations_all_members"] = p.LocationsAllMembers,
            ["locations_percent"] = p.LocationsPercent,
        };
        if (p.Corrected)
        {
            json["manual_correction"] = true; // figures of an edition whose member list predates the app
        }

        if (p.Previous is { } previous)
        {
            json["previous"] = Participation(previous);
        }

        return json;
    }

    private static JsonObject Question(EditionReport report, QuestionReport question)
    {
        var json = new JsonObject
        {
            ["key"] = question.Key,
            ["answer_key"] = question.AnswerKey,
            ["type"] = TypeName(question.Kind),
            ["title"] = question.Title,
            ["participants"] = question.Participants,
        };
        if (report.IsSuppressed(question.Key))
        {
            // Too few answers for this reader: no counts, percentages, totals, averages, changes or texts at all.
            json["suppressed"] = true;
            json["message"] = SmallNumberRule.MessageFor(report.MinimumAnswers);
            return json;
        }

        json["answered"] = question.Answered;
        if (report.IsBelowMinimum(question.Key))
        {
            json["below_minimum"] = true; // staff see the figure, marked
        }

        switch (question)
        {
            case ChoiceReport choice:
                json["options"] = Options(choice.Options);
                if (choice.AverageSelected is { } average)
                {
                    json["average_selected_per_organisation"] = average;
                    json["previous_average_selected_per_organisation"] = choice.PreviousAverageSelected;
                }

                json["text_lists"] = new JsonArray(choice.TextLists.Select(l => (JsonNode)new JsonObject
                {
                    ["key"] = l.Key,
                    ["title"] = l.Title,
                    ["texts"] = Texts(l.Texts),
                }).ToArray<JsonNode?>());
                if (choice.TextLists.FirstOrDefault(l => l.Key == "also_mentioned") is { } alsoMentioned)
                {
                    json["also_mentioned_title"] = alsoMentioned.Title;
                    json["also_mentioned"] = Texts(alsoMentioned.Texts);
                }

                if (choice.OptionDetails.Count > 0)
                {
                    var details = new JsonObject();
                    foreach (var option in choice.OptionDetails)
                    {
                        details[option.OptionKey] = Texts(option.Texts);
                    }

                    json["details_per_option"] = details;
                }

                break;
            case BucketReport buckets:
                json["options"] = Options(buckets.Buckets);
                json["buckets"] = new JsonArray(buckets.Buckets.Select(b => (JsonNode)new JsonArray(b.Min, b.Max)).ToArray<JsonNode?>());
                break;
            case LocationsReport locations:
                json["distribution"] = new JsonArray(locations.Distribution.Select(d => (JsonNode)new JsonObject
                {
                    ["locations"] = d.Locations,
                    ["organisations"] = d.Organisations,
                }).ToArray<JsonNode?>());
                json["total_locations"] = locations.TotalLocations;
                json["previous_total_locations"] = locations.PreviousTotalLocations;
                break;
            case QuantityReport quantity:
                json["total"] = quantity.Total;
                json["average_per_organisation"] = quantity.AveragePerOrganisation;
                json["average_per_location"] = quantity.AveragePerLocation;
                json["locations"] = quantity.Locations;
                if (quantity.Previous is { } previous)
                {
                    json["previous"] = new JsonObject
                    {
                        ["total"] = previous.Total,
                        ["average_per_organisation"] = previous.AveragePerOrganisation,
                        ["average_per_location"] = previous.AveragePerLocation,
                    };
                }

                break;
            case TextAnswersReport texts:
                json["texts"] = Texts(texts.Texts);
                break;
        }

        return json;
    }

    private static JsonArray Options(IEnumerable<OptionFigure> options) => new(options.Select(o =>
    {
        var json = new JsonObject { ["key"] = o.Key, ["label"] = o.Label, ["count"] = o.Count, ["percent"] = o.Percent };
        if (o.Previous is { } previous)
        {
            json["previous"] = new JsonObject
            {
                ["count"] = previous.Count,
                ["percent"] = previous.Percent,
                ["change_points"] = previous.ChangePoints,
            };
        }

        return (JsonNode)json;
    }).ToArray<JsonNode?>());

    private static JsonArray Texts(IEnumerable<ReportText> texts) =>
        new(texts.Where(t => !t.Hidden).Select(t => (JsonNode)JsonValue.Create(t.Text)).ToArray<JsonNode?>());
}
