using System.ComponentModel.DataAnnotations;

namespace NvzhSurvey.Core.Organisations;

/// <summary>The editable fields of an organisation (forms bind to this, never to the entity).</summary>
public sealed class OrganisationForm : IValidatableObject
{
    public const string MemberUntilBeforeSinceMessage = "‘Lid tot’ mag niet vóór ‘lid sinds’ liggen.";

    [Required(ErrorMessage = "Vul een naam in.")]
    [StringLength(200, ErrorMessage = "Gebruik maximaal 200 tekens.")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "Gebruik maximaal 100 tekens.")]
    public string? City { get; set; }

    [StringLength(300, ErrorMessage = "Gebruik maximaal 300 tekens.")]
    public string? Website { get; set; }

    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    [StringLength(256, ErrorMessage = "Gebruik maximaal 256 tekens.")]
    public string? ContactEmail { get; set; }

    [FoundedYear]
    public int? FoundedYear { get; set; }

    public LegalForm? LegalForm { get; set; }

    [StringLength(200, ErrorMessage = "Gebruik maximaal 200 tekens.")]
    public string? ParentEntityName { get; set; }

    public MembershipStatus MembershipStatus { get; set; } = MembershipStatus.Member;
    public bool ConsentToBeNamed { get; set; }
    public bool ConsentToQuotes { get; set; }

    /// <summary>"Lid sinds": first day of the membership; empty for a member since before the app.</summary>
    public DateOnly? MemberSince { get; set; }

    /// <summary>"Lid tot": last day of the membership; empty while still a member.</summary>
    public DateOnly? MemberUntil { get; set; }

    /// <summary>The version the form was loaded with; null for a new organisation.</summary>
    public uint? Version { get; set; }

    public static OrganisationForm From(Organisation o) => new()
    {
        Name = o.Name,
        City = o.City,
        Website = o.Website,
        ContactEmail = o.ContactEmail,
        FoundedYear = o.FoundedYear,
        LegalForm = o.LegalForm,
        ParentEntityName = o.ParentEntityName,
        MembershipStatus = o.MembershipStatus,
        ConsentToBeNamed = o.ConsentToBeNamed,
        ConsentToQuotes = o.ConsentToQuotes,
        MemberSince = o.MemberSince,
        MemberUntil = o.MemberUntil,
        Version = o.Version,
    };

    /// <summary>The one rule of a membership period: "tot" not before "sinds". Null when valid.</summary>
    public static string? MembershipPeriodError(DateOnly? since, DateOnly? until) =>
        since is { } s && until is { } u && u < s ? MemberUntilBeforeSinceMessage : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MembershipPeriodError(MemberSince, MemberUntil) is { } error)
        {
            yield return new ValidationResult(error, [nameof(MemberUntil)]);
        }
    }

    internal void ApplyTo(Organisation o)
    {
        o.Name = Name.Trim();
        o.City = Clean(City);
        o.Website = Clean(Website);
        o.ContactEmail = Clean(ContactEmail);
        o.FoundedYear = FoundedYear;
        o.LegalForm = LegalForm;
        o.ParentEntityName = LegalForm == Organisations.LegalForm.PartOf ? Clean(ParentEntityName) : null;
        o.MembershipStatus = MembershipStatus;
        o.ConsentToBeNamed = ConsentToBeNamed;
        o.ConsentToQuotes = ConsentToQuotes;
        o.MemberSince = MemberSince;
        o.MemberUntil = MemberUntil;
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
