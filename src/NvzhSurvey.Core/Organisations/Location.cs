namespace NvzhSurvey.Core.Organisations;

/// <summary>A physical place where residents can come for self-direction and recovery.</summary>
public class Location
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public required string Name { get; set; }
    public string? Street { get; set; }
    public string? Postcode { get; set; }
    public string? City { get; set; }
    public Province? Province { get; set; }

    /// <summary>Opening dayparts per week (0–21: morning, afternoon, evening × 7 days).</summary>
    public int? DaypartsPerWeek { get; set; }

    public PremisesKind Premises { get; set; } = PremisesKind.Own;

    /// <summary>Where the location is hosted (library, welfare location) when <see cref="Premises"/> is Hosted.</summary>
    public string? HostedAt { get; set; }

    public bool IsActive { get; set; } = true;
    public DateOnly? ClosedOn { get; set; }

    /// <summary>PostgreSQL xmin, used as optimistic concurrency token.</summary>
    public uint Version { get; set; }
}
