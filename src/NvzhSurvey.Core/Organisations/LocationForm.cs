using System.ComponentModel.DataAnnotations;

namespace NvzhSurvey.Core.Organisations;

/// <summary>The editable fields of a location.</summary>
public sealed class LocationForm : IValidatableObject
{
    [Required(ErrorMessage = "Vul een naam in.")]
    [StringLength(200, ErrorMessage = "Gebruik maximaal 200 tekens.")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "Gebruik maximaal 200 tekens.")]
    public string? Street { get; set; }

    [RegularExpression(@"^\s*[1-9][0-9]{3}\s?[A-Za-z]{2}\s*$", ErrorMessage = "Vul een postcode in zoals 1234 AB.")]
    public string? Postcode { get; set; }

    [StringLength(100, ErrorMessage = "Gebruik maximaal 100 tekens.")]
    public string? City { get; set; }

    [Required(ErrorMessage = "Kies een provincie.")]
    public Province? Province { get; set; }

    [Range(0, 21, ErrorMessage = "Vul een aantal dagdelen in van 0 tot en met 21.")]
    public int? DaypartsPerWeek { get; set; }

    public PremisesKind Premises { get; set; } = PremisesKind.Own;

    [StringLength(200, ErrorMessage = "Gebruik maximaal 200 tekens.")]
    public string? HostedAt { get; set; }

    /// <summary>The version the form was loaded with; null for a new location.</summary>
    public uint? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Premises == PremisesKind.Hosted && string.IsNullOrWhiteSpace(HostedAt))
        {
            yield return new ValidationResult("Vul in waar de locatie te gast is (bijvoorbeeld de bibliotheek).", [nameof(HostedAt)]);
        }
    }

    public static LocationForm From(Location l) => new()
    {
        Name = l.Name,
        Street = l.Street,
        Postcode = l.Postcode,
        City = l.City,
        Province = l.Province,
        DaypartsPerWeek = l.DaypartsPerWeek,
        Premises = l.Premises,
        HostedAt = l.HostedAt,
        Version = l.Version,
    };

    internal void ApplyTo(Location l)
    {
        l.Name = Name.Trim();
        l.Street = OrganisationForm.Clean(Street);
        l.Postcode = NormalPostcode(OrganisationForm.Clean(Postcode));
        l.City = OrganisationForm.Clean(City);
        l.Province = Province;
        l.DaypartsPerWeek = DaypartsPerWeek;
        l.Premises = Premises;
        l.HostedAt = Premises == PremisesKind.Hosted ? OrganisationForm.Clean(HostedAt) : null;
    }

    /// <summary>"1234ab" and "1234 ab" are stored as "1234 AB".</summary>
    private static string? NormalPostcode(string? postcode) =>
        postcode?.Replace(" ", "").ToUpperInvariant() is { Length: 6 } compact ? compact[..4] + " " + compact[4..] : postcode?.ToUpperInvariant();
}
