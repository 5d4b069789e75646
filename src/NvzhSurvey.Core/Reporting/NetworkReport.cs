using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Core.Reporting;

/// <summary>
/// "Landelijk dekkend netwerk": per province the participants' counted locations (and how many participating
/// organisations have a location there), and the same for all current members' open locations. Locations without a
/// province are counted in <see cref="WithoutProvince"/>, so the provinces plus that row add up to the totals.
/// </summary>
public sealed record NetworkReport(IReadOnlyList<ProvinceFigure> Provinces, ProvinceFigure WithoutProvince)
{
    public int Locations => Provinces.Sum(p => p.Locations) + WithoutProvince.Locations;
    public int MemberLocations => Provinces.Sum(p => p.MemberLocations) + WithoutProvince.MemberLocations;

    /// <summary>The participating organisations (each once, also one with no counted location). Null in an older snapshot.</summary>
    public int? Organisations { get; init; }

    /// <summary>
    /// Distinct member organisations with an open location: not the column's sum, since an organisation with
    /// locations in two provinces counts in both rows. Null in a snapshot taken before this figure existed.
    /// </summary>
    public int? MemberOrganisations { get; init; }
}

/// <param name="Province">Null for the locations without a province.</param>
/// <param name="Organisations">Participating organisations with at least one counted location in the province.</param>
/// <param name="Locations">The participants' counted locations in the province.</param>
/// <param name="MemberOrganisations">Member organisations with at least one open location in the province.</param>
/// <param name="MemberLocations">All members' open locations in the province.</param>
public sealed record ProvinceFigure(Province? Province, string Name, int Organisations, int Locations, int MemberOrganisations, int MemberLocations);
