using System.ComponentModel.DataAnnotations;
using NvzhSurvey.Core.Organisations;

namespace NvzhSurvey.Web.Features.Accounts.Portal;

/// <summary>The fields of the organisation profile a member may change (name, key and membership stay with staff).</summary>
public sealed class ProfileForm
{
    [StringLength(100, ErrorMessage = "De plaats mag hoogstens 100 tekens lang zijn.")]
    public string? City { get; set; }

    [StringLength(300, ErrorMessage = "De website mag hoogstens 300 tekens lang zijn.")]
    [RegularExpression(@"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]{2,}$", ErrorMessage = "Vul een geldig webadres in, bijvoorbeeld https://www.voorbeeld.nl.")]
    public string? Website { get; set; }

    [StringLength(256, ErrorMessage = "Het e-mailadres is te lang.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    public string? ContactEmail { get; set; }

    [Range(1900, 2100, ErrorMessage = "Vul een jaartal tussen 1900 en 2100 in.")]
    public int? FoundedYear { get; set; }

    public bool ConsentToBeNamed { get; set; }
    public bool ConsentToQuotes { get; set; }

    public static ProfileForm From(Organisation organisation) => new()
    {
        City = organisation.City,
        Website = organisation.Website,
        ContactEmail = organisation.ContactEmail,
        FoundedYear = organisation.FoundedYear,
        ConsentToBeNamed = organisation.ConsentToBeNamed,
        ConsentToQuotes = organisation.ConsentToQuotes,
    };

    public void ApplyTo(Organisation organisation)
    {
        organisation.City = Clean(City);
        organisation.Website = Clean(Website);
        organisation.ContactEmail = Clean(ContactEmail);
        organisation.FoundedYear = FoundedYear;
        organisation.ConsentToBeNamed = ConsentToBeNamed;
        organisation.ConsentToQuotes = ConsentToQuotes;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
