using System.ComponentModel.DataAnnotations;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Web.Features.Accounts.Portal;

public sealed class LocationForm : IValidatableObject
{
    [Required(ErrorMessage = "Vul de naam van de locatie in.")]
    [StringLength(200, ErrorMessage = "De naam mag hoogstens 200 tekens lang zijn.")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "Het adres mag hoogstens 200 tekens lang zijn.")]
    public string? Street { get; set; }

    [RegularExpression(@"^\s*[1-9][0-9]{3}\s?[A-Za-z]{2}\s*$", ErrorMessage = "Vul een postcode in als 1234 AB.")]
    public string? Postcode { get; set; }

    [Required(ErrorMessage = "Vul de plaats in.")]
    [StringLength(100, ErrorMessage = "De plaats mag hoogstens 100 tekens lang zijn.")]
    public string? City { get; set; }

    [Required(ErrorMessage = "Kies de provincie.")]
    public Province? Province { get; set; }

    [Range(0, 21, ErrorMessage = "Een week heeft hoogstens 21 dagdelen (ochtend, middag, avond).")]
    public int? DaypartsPerWeek { get; set; }

    public PremisesKind Premises { get; set; } = PremisesKind.Own;

    [StringLength(200, ErrorMessage = "Mag hoogstens 200 tekens lang zijn.")]
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

    public static LocationForm From(Location location) => new()
    {
        Name = location.Name,
        Street = location.Street,
        Postcode = location.Postcode,
        City = location.City,
        Province = location.Province,
        DaypartsPerWeek = location.DaypartsPerWeek,
        Premises = location.Premises,
        HostedAt = location.HostedAt,
        Version = location.Version,
    };

    public void ApplyTo(Location location)
    {
        location.Name = Name.Trim();
        location.Street = Clean(Street);
        location.Postcode = Clean(Postcode)?.ToUpperInvariant() is { } postcode && postcode.Length == 6 ? postcode[..4] + " " + postcode[4..] : Clean(Postcode)?.ToUpperInvariant();
        location.City = Clean(City);
        location.Province = Province;
        location.DaypartsPerWeek = DaypartsPerWeek;
        location.Premises = Premises;
        location.HostedAt = Premises == PremisesKind.Hosted ? Clean(HostedAt) : null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
