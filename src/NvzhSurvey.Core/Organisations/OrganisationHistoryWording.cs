using System.Globalization;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Organisations;

/// <summary>
/// Audit rows of an organisation and its locations as people read them (used by <see cref="HistoryWording"/>):
/// Dutch field names, nl-NL dates, "ja"/"nee", Dutch names of legal form, province and premises; never property names.
/// </summary>
public static class OrganisationHistoryWording
{
    public static HistoryChange Organisation(string field, string? oldValue, string? newValue) => field switch
    {
        "*" => new HistoryChange(null, "Organisatie aangemaakt", null, newValue),
        nameof(Organisations.Organisation.Name) => Change("Naam", oldValue, newValue),
        nameof(Organisations.Organisation.Key) => Change("Sleutel", oldValue, newValue),
        nameof(Organisations.Organisation.City) => Change("Plaats", oldValue, newValue),
        nameof(Organisations.Organisation.Website) => Change("Website", oldValue, newValue),
        nameof(Organisations.Organisation.ContactEmail) => Change("E-mailadres contact", oldValue, newValue),
        nameof(Organisations.Organisation.MemberSince) => Change("Lid sinds", Date(oldValue), Date(newValue)),
        nameof(Organisations.Organisation.MemberUntil) => Change("Lid tot", Date(oldValue), Date(newValue)),
        nameof(Organisations.Organisation.FoundedYear) => Change("Oprichtingsjaar", oldValue, newValue),
        nameof(Organisations.Organisation.LegalForm) => Change("Rechtsvorm", LegalForm(oldValue), LegalForm(newValue)),
        nameof(Organisations.Organisation.ParentEntityName) => Change("Onderdeel van", oldValue, newValue),
        nameof(Organisations.Organisation.MembershipStatus) => Change("Lidmaatschap", Membership(oldValue), Membership(newValue)),
        nameof(Organisations.Organisation.ConsentToBeNamed) => Change("Toestemming om genoemd te worden", YesNo(oldValue), YesNo(newValue)),
        nameof(Organisations.Organisation.ConsentToQuotes) => Change("Toestemming voor citaten", YesNo(oldValue), YesNo(newValue)),
        nameof(Organisations.Organisation.IsArchived) => Change("Gearchiveerd", YesNo(oldValue), YesNo(newValue)),
        _ => Change(field, oldValue, newValue),
    };

    /// <param name="locationName">The location's name (from the audit rows of the same location), for "Locatie Inloop Zuid – Plaats".</param>
    public static HistoryChange Location(string field, string? oldValue, string? newValue, string? locationName)
    {
        var prefix = locationName is null ? "Locatie" : $"Locatie {locationName}";
        return field switch
        {
            "*" when newValue is not null => new HistoryChange(null, "Locatie toegevoegd", null, newValue),
            "*" => new HistoryChange(null, "Locatie verwijderd", oldValue, null),
            nameof(Organisations.Location.Name) => Change("Locatie – naam", oldValue, newValue),
            nameof(Organisations.Location.Street) => Change($"{prefix} – straat", oldValue, newValue),
            nameof(Organisations.Location.Postcode) => Change($"{prefix} – postcode", oldValue, newValue),
            nameof(Organisations.Location.City) => Change($"{prefix} – plaats", oldValue, newValue),
            nameof(Organisations.Location.Province) => Change($"{prefix} – provincie", Province(oldValue), Province(newValue)),
            nameof(Organisations.Location.DaypartsPerWeek) => Change($"{prefix} – dagdelen per week", oldValue, newValue),
            nameof(Organisations.Location.Premises) => Change($"{prefix} – ruimte", Premises(oldValue), Premises(newValue)),
            nameof(Organisations.Location.HostedAt) => Change($"{prefix} – te gast bij", oldValue, newValue),
            nameof(Organisations.Location.IsActive) => Change($"{prefix} – status", Active(oldValue), Active(newValue)),
            nameof(Organisations.Location.ClosedOn) => Change($"{prefix} – gesloten op", Date(oldValue), Date(newValue)),
            _ => Change($"{prefix} – {field}", oldValue, newValue),
        };
    }

    private static HistoryChange Change(string what, string? oldValue, string? newValue) => new(null, what, oldValue, newValue);

    private static string? Date(string? stored) =>
        DateOnly.TryParse(stored, CultureInfo.InvariantCulture, out var date) ? DutchTime.FormatDate(date) : stored;

    private static string? YesNo(string? stored) => stored switch
    {
        "True" => "ja",
        "False" => "nee",
        _ => stored,
    };

    private static string? Active(string? stored) => stored switch
    {
        "True" => "open",
        "False" => "gesloten",
        _ => stored,
    };

    private static string? LegalForm(string? stored) => Enum.TryParse<LegalForm>(stored, out var form)
        ? form == Organisations.LegalForm.PartOf ? "onderdeel van een andere organisatie" : "zelfstandig"
        : stored;

    private static string? Membership(string? stored) => Enum.TryParse<MembershipStatus>(stored, out var status)
        ? status == MembershipStatus.Former ? "oud-lid" : "lid"
        : stored;

    private static string? Premises(string? stored) => Enum.TryParse<PremisesKind>(stored, out var kind)
        ? kind == PremisesKind.Hosted ? "te gast bij een andere organisatie" : "eigen ruimte"
        : stored;

    private static string? Province(string? stored) =>
        Enum.TryParse<Province>(stored, out var province) ? province.DisplayName() : stored;
}
