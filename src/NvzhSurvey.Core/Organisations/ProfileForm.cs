using System.ComponentModel.DataAnnotations;

namespace NvzhSurvey.Core.Organisations;

/// <summary>
/// The fields of the organisation profile a member may change (<see cref="OrganisationService.UpdateProfileAsync"/>);
/// name, key and membership stay with staff (<see cref="OrganisationForm"/>). Founding year and legal form are
/// organisation facts, also answered in the questionnaire (<see cref="OrganisationFacts"/>).
/// </summary>
public sealed class ProfileForm
{
    [StringLength(100, ErrorMessage = "Gebruik maximaal 100 tekens.")]
    public string? City { get; set; }

    [StringLength(300, ErrorMessage = "Gebruik maximaal 300 tekens.")]
    [RegularExpression(@"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]{2,}$", ErrorMessage = "Vul een geldig webadres in, bijvoorbeeld https://www.voorbeeld.nl.")]
    public string? Website { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    [StringLength(256, ErrorMessage = "Gebruik maximaal 256 tekens.")]
    public string? ContactEmail { get; set; }

    [FoundedYear]
    public int? FoundedYear { get; set; }

    public LegalForm? LegalForm { get; set; }

    public bool ConsentToBeNamed { get; set; }
    public bool ConsentToQuotes { get; set; }

    /// <summary>The version the form was loaded with.</summary>
    public uint? Version { get; set; }

    public static ProfileForm From(Organisation organisation) => new()
    {
        City = organisation.City,
        Website = organisation.Website,
        ContactEmail = organisation.ContactEmail,
        FoundedYear = organisation.FoundedYear,
        LegalForm = organisation.LegalForm,
        ConsentToBeNamed = organisation.ConsentToBeNamed,
        ConsentToQuotes = organisation.ConsentToQuotes,
        Version = organisation.Version,
    };

    internal void ApplyTo(Organisation organisation)
    {
        organisation.City = OrganisationForm.Clean(City);
        organisation.Website = OrganisationForm.Clean(Website);
        organisation.ContactEmail = OrganisationForm.Clean(ContactEmail);
        organisation.FoundedYear = FoundedYear;
        organisation.LegalForm = LegalForm;
        if (LegalForm != Organisations.LegalForm.PartOf)
        {
            organisation.ParentEntityName = null;
        }

        organisation.ConsentToBeNamed = ConsentToBeNamed;
        organisation.ConsentToQuotes = ConsentToQuotes;
    }
}
