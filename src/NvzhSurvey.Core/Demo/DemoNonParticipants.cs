using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Demo;

/// <summary>
/// The members of 2024 that did not take part: fictional organisations (invented names and cities) with together
/// the locations that make the published "van de 49" members and "van de 206" locations. Members since before
/// 2024, no response; so the 2024 member list is 25 participants + these.
/// </summary>
internal static class DemoNonParticipants
{
    private static readonly string[] Kinds = ["Inloophuis", "Herstelpunt", "Stichting", "Zelfregiehuis", "Ontmoetingsplek", "Huiskamer"];

    private static readonly string[] Names =
    [
        "De Meander", "Het Kompashuis", "De Waaier", "Het Ankerpunt", "De Groene Deur", "Het Tuinhuis", "De Vlinder", "Het Erf",
        "De Kapstok", "Het Veerhuis", "De Lantaarn", "Het Pad",
    ];

    private static readonly string[] Cities =
    [
        "Ruisdaal", "Molenveen", "Zilverhoven", "Kempendorp", "Lisserwaard", "Heuvelstede", "Braamveld", "Dennekamp",
        "Oeverwijk", "Grasmeer", "Valkenhorst", "Weerstede",
    ];

    public static List<Organisation> Create(int count, int locations)
    {
        var provinces = Enum.GetValues<Province>();
        var organisations = new List<Organisation>();
        for (var i = 0; i < count; i++)
        {
            var name = $"{Kinds[i % Kinds.Length]} {Names[i % Names.Length]}";
            var city = Cities[(i * 5) % Cities.Length];
            var slug = $"lid-{i + 26:00}";
            // Spread the locations as evenly as possible: the first ones get one more.
            var own = locations / count + (i < locations % count ? 1 : 0);
            organisations.Add(new Organisation
            {
                Key = $"demo-{i + 26:00}",
                Name = name,
                City = city,
                Website = $"https://{slug}.example",
                ContactEmail = $"info@{slug}.example",
                MemberSince = new DateOnly(2019 + i % 5, 1 + i % 12, 1),
                Locations = Enumerable.Range(0, own).Select(j => new Location
                {
                    Name = own == 1 ? name : $"{name} {DemoOrganisations.Districts[j % DemoOrganisations.Districts.Count]}",
                    City = city,
                    Province = provinces[(i + j) % provinces.Length],
                }).ToList(),
            });
        }

        return organisations;
    }
}
