namespace NvzhSurvey.Core.Organisations;

/// <summary>A member organisation of the NVZH (a "ZHO").</summary>
public class Organisation
{
    public int Id { get; set; }

    /// <summary>Stable external key used by imports ("zho-07"); unique.</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }
    public string? City { get; set; }
    public string? Website { get; set; }
    public string? ContactEmail { get; set; }
    /// <summary>First day of the membership ("lid sinds"); null: a member since before the app.</summary>
    public DateOnly? MemberSince { get; set; }

    /// <summary>Last day of the membership ("lid tot"); null: still a member.</summary>
    public DateOnly? MemberUntil { get; set; }
    public int? FoundedYear { get; set; }
    public LegalForm? LegalForm { get; set; }

    /// <summary>Name of the legal entity this organisation is part of, when <see cref="LegalForm"/> is PartOf.</summary>
    public string? ParentEntityName { get; set; }

    public MembershipStatus MembershipStatus { get; set; } = MembershipStatus.Member;

    /// <summary>The organisation may be named (with its city) in the publication's appendix.</summary>
    public bool ConsentToBeNamed { get; set; }

    /// <summary>Quotes of this organisation may be published.</summary>
    public bool ConsentToQuotes { get; set; }

    public bool IsArchived { get; set; }

    /// <summary>PostgreSQL xmin, used as optimistic concurrency token.</summary>
    public uint Version { get; set; }

    public List<Location> Locations { get; set; } = [];
}
