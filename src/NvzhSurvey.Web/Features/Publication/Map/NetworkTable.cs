using NvzhSurvey.Core.Reporting;

namespace NvzhSurvey.Web.Features.Publication.Map;

/// <summary>The rows beside the map: the twelve provinces, then the locations without a province when there are any.</summary>
public static class NetworkTable
{
    public const string Credit = "Kaartgegevens: CBS/Kadaster, CC BY 4.0";

    public static IReadOnlyList<ProvinceFigure> Rows(NetworkReport network) =>
        network.WithoutProvince is { Locations: 0, MemberLocations: 0 } ? network.Provinces : [.. network.Provinces, network.WithoutProvince];
}
