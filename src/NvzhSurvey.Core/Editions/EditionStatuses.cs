namespace NvzhSurvey.Core.Editions;

public static class EditionStatuses
{
    public static string DisplayName(this EditionStatus status) => status switch
    {
        EditionStatus.Draft => "In voorbereiding",
        EditionStatus.Open => "Open",
        EditionStatus.Closed => "Gesloten",
        EditionStatus.Published => "Gepubliceerd",
        _ => status.ToString(),
    };

    /// <summary>The button text for moving to <paramref name="status"/>.</summary>
    public static string ActionName(this EditionStatus status) => status switch
    {
        EditionStatus.Open => "Openen",
        EditionStatus.Closed => "Sluiten",
        EditionStatus.Published => "Publiceren",
        _ => status.ToString(),
    };
}
