using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Core.Publication;

/// <summary>The publication's title, built from the figures as in the 2024 edition.</summary>
public static class PublicationTitle
{
    public const string Prefix = "Verdiepende interviews bij";

    public static string For(Participation participation) =>
        $"{Prefix} {Subject(participation)}";

    /// <summary>"25 zelfregie en herstelorganisaties met in totaal 118 locaties" (the cover's second and third line).</summary>
    public static string Subject(Participation participation) =>
        $"{Organisations(participation.Participating)} met in totaal {Locations(participation.LocationsParticipating)}";

    private static string Organisations(int count) =>
        count == 1 ? "1 zelfregie en herstelorganisatie" : $"{DutchFormat.Integer(count)} zelfregie en herstelorganisaties";

    private static string Locations(int count) => count == 1 ? "1 locatie" : $"{DutchFormat.Integer(count)} locaties";
}
