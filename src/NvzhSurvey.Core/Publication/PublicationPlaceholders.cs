using System.Text.RegularExpressions;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Publication;

/// <summary>
/// Figure placeholders in the narrative texts ("Van de {leden} leden gaven {deelnemers} ..."), filled in from
/// the report. Unknown placeholders are left as they are, so a typo shows up in the preview instead of vanishing.
/// </summary>
public static partial class PublicationPlaceholders
{
    public sealed record Placeholder(string Name, string Description, Func<int, Participation, string> Value);

    public static readonly IReadOnlyList<Placeholder> All =
    [
        new("jaar", "jaar van de editie", (year, _) => year.ToString(DutchFormat.Culture)),
        new("leden", "aantal leden in dat jaar", (_, p) => DutchFormat.Integer(p.MembersTotal)),
        new("deelnemers", "aantal deelnemende organisaties", (_, p) => DutchFormat.Integer(p.Participating)),
        new("deelnemers_procent", "deelnemers als percentage van de leden (zonder %-teken)", (_, p) => p.ParticipatingPercent.ToString(DutchFormat.Culture)),
        new("locaties", "aantal locaties van de deelnemers", (_, p) => DutchFormat.Integer(p.LocationsParticipating)),
        new("locaties_alle_leden", "aantal locaties van alle leden", (_, p) => DutchFormat.Integer(p.LocationsAllMembers)),
        new("locaties_procent", "locaties van deelnemers als percentage van alle locaties (zonder %-teken)", (_, p) => p.LocationsPercent.ToString(DutchFormat.Culture)),
    ];

    public static string Fill(string markdown, int year, Participation participation) =>
        PlaceholderPattern().Replace(markdown, match =>
            All.FirstOrDefault(p => p.Name == match.Groups[1].Value) is { } placeholder
                ? placeholder.Value(year, participation)
                : match.Value);

    /// <summary>Placeholders in the text that are not known ("{deelnemer}"), for a warning in the editor.</summary>
    public static IReadOnlyList<string> Unknown(string markdown) =>
        PlaceholderPattern().Matches(markdown)
            .Select(m => m.Groups[1].Value)
            .Where(name => All.All(p => p.Name != name))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex PlaceholderPattern();
}
