using System.Text.Json;

namespace NvzhSurvey.Core.Demo;

/// <summary>
/// The published 2024 figures (a copy of <c>shared/report-2024/figures.json</c>), read as the specification the
/// synthetic demo answers must satisfy: per option how many organisations chose it, the location distribution,
/// totals, and the free texts. The generator turns this into individual answers; the report computes it back.
/// </summary>
internal sealed class DemoSpecification
{
    public required int Year { get; init; }
    public required int MembersTotal { get; init; }
    public required int LocationsAllMembers { get; init; }
    public required IReadOnlyList<int> LocationCounts { get; init; }
    public required decimal FteTotal { get; init; }
    public required decimal RevenueTotal { get; init; }

    /// <summary>Per question key: option key → number of organisations.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<(string Key, int Count)>> OptionCounts { get; init; }

    /// <summary>Per question key: list key → texts ("also_mentioned", "external_trainers").</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> TextLists { get; init; }

    /// <summary>Per question key: option key → detail texts.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> OptionDetails { get; init; }

    public static DemoSpecification Load2024()
    {
        using var stream = typeof(DemoSpecification).Assembly
            .GetManifestResourceStream("NvzhSurvey.Core.Demo.demo-2024-figures.json")
            ?? throw new InvalidOperationException("demo-2024-figures.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        return Parse(document.RootElement);
    }

    private static DemoSpecification Parse(JsonElement root)
    {
        var participation = root.GetProperty("participation");
        var questions = root.GetProperty("chapters").EnumerateArray()
            .SelectMany(c => c.GetProperty("questions").EnumerateArray()).ToList();
        JsonElement Question(string key) => questions.Single(q => q.GetProperty("key").GetString() == key);

        var locationCounts = Question("locations").GetProperty("distribution").EnumerateArray()
            .SelectMany(d => Enumerable.Repeat(d.GetProperty("locations").GetInt32(), d.GetProperty("organisations").GetInt32()))
            .OrderByDescending(n => n).ToList();

        var optionCounts = new Dictionary<string, IReadOnlyList<(string, int)>>();
        var textLists = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
        var details = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
        foreach (var question in questions)
        {
            var key = question.GetProperty("key").GetString()!;
            if (question.TryGetProperty("options", out var options))
            {
                optionCounts[key] = options.EnumerateArray()
                    .Select(o => (o.GetProperty("key").GetString()!, o.GetProperty("count").GetInt32())).ToList();
            }

            var lists = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var listKey in new[] { "also_mentioned", "external_trainers" })
            {
                if (question.TryGetProperty(listKey, out var list))
                {
                    lists[listKey] = Strings(list);
                }
            }

            textLists[key] = lists;
            var perOption = new Dictionary<string, IReadOnlyList<string>>();
            if (question.TryGetProperty("details_per_option", out var detailsPerOption))
            {
                foreach (var option in detailsPerOption.EnumerateObject())
                {
                    perOption[option.Name] = Strings(option.Value);
                }
            }

            if (question.TryGetProperty("creative_mentioned", out var creative))
            {
                perOption["creative"] = Strings(creative);
            }

            details[key] = perOption;
        }

        return new DemoSpecification
        {
            Year = root.GetProperty("edition").GetInt32(),
            MembersTotal = participation.GetProperty("members_total").GetInt32(),
            LocationsAllMembers = participation.GetProperty("locations_all_members").GetInt32(),
            LocationCounts = locationCounts,
            FteTotal = Question("fte").GetProperty("total").GetDecimal(),
            RevenueTotal = Question("revenue").GetProperty("total").GetDecimal(),
            OptionCounts = optionCounts,
            TextLists = textLists,
            OptionDetails = details,
        };
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
