using System.Globalization;
using System.Text;
using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Publication;

/// <summary>The published figures as open data: one CSV row per figure (semicolon-separated, as Dutch spreadsheets expect).</summary>
public static class PublicFigures
{
    public static string Csv(EditionReport report)
    {
        var csv = new StringBuilder("jaar;hoofdstuk;vraag;vraag_titel;onderdeel;label;aantal;percentage;waarde\r\n");
        void Row(string chapter, string key, string title, string part, string label, int? count, int? percent, decimal? value) =>
            csv.Append(string.Join(';', report.Year.ToString(CultureInfo.InvariantCulture), Cell(chapter), Cell(key), Cell(title), Cell(part), Cell(label),
                count?.ToString(CultureInfo.InvariantCulture) ?? "", percent?.ToString(CultureInfo.InvariantCulture) ?? "",
                value?.ToString(CultureInfo.InvariantCulture) ?? "")).Append("\r\n");

        var p = report.Participation;
        Row("", "participation", "Deelname", "deelnemers", "deelnemende leden", p.Participating, p.ParticipatingPercent, null);
        Row("", "participation", "Deelname", "leden", "alle leden", p.MembersTotal, null, null);
        Row("", "participation", "Deelname", "locaties", "locaties van de deelnemers", p.LocationsParticipating, p.LocationsPercent, null);
        Row("", "participation", "Deelname", "locaties_alle_leden", "locaties van alle leden", p.LocationsAllMembers, null, null);
        foreach (var chapter in report.Chapters)
        {
            var c = $"{chapter.Number} {chapter.Title}";
            foreach (var question in chapter.Questions)
            {
                switch (question)
                {
                    case ChoiceReport choice:
                        choice.Options.ToList().ForEach(o => Row(c, choice.Key, choice.Title, o.Key, o.Label, o.Count, o.Percent, null));
                        if (choice.AverageSelected is { } average)
                        {
                            Row(c, choice.Key, choice.Title, "gemiddeld_genoemd", "gemiddeld aantal genoemd per ZHO", null, null, average);
                        }

                        break;
                    case BucketReport buckets:
                        buckets.Buckets.ToList().ForEach(o => Row(c, buckets.Key, buckets.Title, o.Key, o.Label, o.Count, o.Percent, null));
                        break;
                    case LocationsReport locations:
                        locations.Distribution.ToList().ForEach(d => Row(c, locations.Key, locations.Title, $"locaties_{d.Locations}", $"ZHO's met {d.Locations} locaties", d.Organisations, null, null));
                        Row(c, locations.Key, locations.Title, "totaal", "locaties totaal", locations.TotalLocations, null, null);
                        break;
                    case QuantityReport quantity:
                        Row(c, quantity.Key, quantity.Title, "totaal", "totaal", quantity.Answered ?? quantity.Participants, null, quantity.Total);
                        Row(c, quantity.Key, quantity.Title, "gemiddeld_per_zho", "gemiddeld per ZHO", null, null, quantity.AveragePerOrganisation);
                        Row(c, quantity.Key, quantity.Title, "gemiddeld_per_locatie", "gemiddeld per locatie", quantity.Locations, null, quantity.AveragePerLocation);
                        break;
                }
            }
        }

        if (report.Network is { } network)
        {
            foreach (var province in Map.NetworkTable.Rows(network))
            {
                Row("", "network", "Landelijk dekkend netwerk", "deelnemers", province.Name, province.Organisations, null, province.Locations);
                Row("", "network", "Landelijk dekkend netwerk", "alle_leden", province.Name, province.MemberOrganisations, null, province.MemberLocations);
            }
        }

        return csv.ToString();
    }

    /// <summary>Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
